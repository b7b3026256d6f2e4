#pragma once

#include "annotations/Annotation.h"

#include <QDockWidget>

#include <optional>

class AnnotationModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QuestionMarkModel;

// The annotations panel: the open call's annotations, or the whole library's, with quote,
// note, tags, speaker, question, call and date; filters by tag, colour, speaker, question
// and free text; a click jumps to the passage. A second tab lists the call's questions
// with the reader's marks.
class AnnotationDock : public QDockWidget
{
    Q_OBJECT
public:
    AnnotationDock(AnnotationModel *model, QuestionMarkModel *questions, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    // The annotation selected in the list, or nullopt.
    std::optional<Annotation> currentAnnotation() const;
    void selectAnnotation(qint64 id);
    void setLibraryScope(bool library);

signals:
    void annotationActivated(const Annotation &annotation);
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);
    void showOnChartRequested(const FigureLink &link);
    void questionActivated(int question, qint64 turnId);
    void exportRequested();
    void libraryScopeChosen(bool library);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void refreshChoices();
    void updateCount();
    void showContextMenu(const QPoint &pos);
    static void fillCombo(QComboBox *combo, const QString &anyText,
                          const QList<QPair<QString, QVariant>> &items);

    AnnotationModel *m_model;
    QuestionMarkModel *m_questions;
    QTabWidget *m_tabs;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_colour;
    QComboBox *m_speaker;
    QComboBox *m_question;
    QToolButton *m_export;
    QTreeView *m_view;
    QLabel *m_count;
    QTableView *m_questionView;
};
