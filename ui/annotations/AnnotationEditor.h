#pragma once

#include "annotations/Annotation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Shows one annotation: its quote, colour, note, tags (completed from the library's tags)
// and the figures it is linked to. Accepting hands back the edited annotation; the caller
// turns it into an undoable edit. Delete and "show on chart" are asked of the caller too.
class AnnotationEditor : public QDialog
{
    Q_OBJECT
public:
    AnnotationEditor(const Annotation &annotation, const QStringList &knownTags,
                     const QStringList &knownMetrics, QWidget *parent = nullptr);

    Annotation annotation() const;
    // What a new figure link starts with: usually the call's company and quarter.
    void setFigureDefaults(const QString &ticker, const QString &quarter);
    QLineEdit *tagsEdit() const { return m_tags; }
    QPlainTextEdit *noteEdit() const { return m_note; }

signals:
    void deleteRequested(qint64 annotationId);
    void showOnChartRequested(const FigureLink &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void completeTag(const QString &completion);
    void addFigure();
    void updateButtons();
    FigureLink figureAt(int row) const;

    Annotation m_annotation;
    QLabel *m_quote;
    QLabel *m_where;
    QComboBox *m_colour;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
    QListWidget *m_figures;
    QLineEdit *m_ticker;
    QLineEdit *m_quarter;
    QComboBox *m_metric;
    QPushButton *m_addFigure;
    QPushButton *m_removeFigure;
    QPushButton *m_showOnChart;
    QPushButton *m_delete;
    QDialogButtonBox *m_buttons;
    QLabel *m_colourLabel;
    QLabel *m_noteLabel;
    QLabel *m_tagsLabel;
    QLabel *m_figuresLabel;
};
