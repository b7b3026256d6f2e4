#pragma once

#include "annotations/Annotation.h"
#include "pairing/QuestionAlignment.h"
#include "store/LibraryRecords.h"

#include <QWidget>

#include <optional>

class PairBadges;
class PairNumbersModel;
class PairedReadingView;
class QHBoxLayout;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class TranscriptView;
class QTableView;

// The side-by-side reading of a pair in the window: a strip with the current question's
// pairing, its badges and its notes, the two columns, and the question's numbers on both
// sides below them. Re-pairing is asked for here and done by whoever owns the undo stack.
class PairedReadingPane : public QWidget
{
    Q_OBJECT
public:
    explicit PairedReadingPane(QWidget *parent = nullptr);
    ~PairedReadingPane() override;

    // Shows the pair, keeping the reader at the question of A they were at when it is the same pair.
    void setPair(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment);
    // The notes of both calls: painted on their own side, counted on the other at the paired question.
    void setNotes(const QList<Annotation> &a, const QList<Annotation> &b);
    qint64 callA() const { return m_a ? m_a->summary.id : 0; }
    qint64 callB() const { return m_b ? m_b->summary.id : 0; }

    PairedReadingView *view() const { return m_view; }
    PairNumbersModel *numbersModel() const { return m_numbers; }
    QTableView *numbersTable() const { return m_numbersTable; }
    QLabel *pairingLabel() const { return m_pairing; }
    // The badges shown for the current question, as their texts.
    QStringList badgeTexts() const;
    QLabel *notesLabel() const { return m_notes; }
    // The questions of either side with no counterpart, listed; hidden when there are none.
    QLabel *unpairedLabel() const { return m_unpaired; }
    QMenu *repairMenu() const { return m_repairMenu; }
    // Each column's context menu action that highlights its selection.
    QAction *highlightActionA() const { return m_highlightA; }
    QAction *highlightActionB() const { return m_highlightB; }

    void retranslate();

signals:
    // The reader re-paired question aQuestion of A: with question bQuestion of B, with none (0),
    // or back to the aligner's choice (nullopt).
    void repairRequested(int aQuestion, std::optional<int> bQuestion);
    void singleReadingRequested();
    // The reader highlighted a passage of one column's call (from the column's context menu).
    void highlightRequested(const Annotation &annotation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent(int questionA, int questionB);
    void fillRepairMenu();
    void paintNotes();
    void showUnpaired();
    void highlightSelection(TranscriptView *view, const std::optional<CallRecord> &call);

    PairedReadingView *m_view;
    QLabel *m_pairing;
    QHBoxLayout *m_badgeRow;
    QList<QLabel *> m_badges;
    QLabel *m_notes;
    QLabel *m_unpaired;
    QPushButton *m_repairButton;
    QMenu *m_repairMenu;
    QPushButton *m_singleButton;
    QAction *m_highlightA;
    QAction *m_highlightB;
    QLabel *m_numbersTitle;
    QTableView *m_numbersTable;
    PairNumbersModel *m_numbers;
    std::optional<CallRecord> m_a;
    std::optional<CallRecord> m_b;
    CallAlignment m_alignment;
    std::unique_ptr<PairBadges> m_pairBadges;
    QList<Annotation> m_notesA;
    QList<Annotation> m_notesB;
};
