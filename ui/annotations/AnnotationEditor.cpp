#include "annotations/AnnotationEditor.h"

#include "annotations/AnnotationStyle.h"
#include "figures/FinancialFigures.h"
#include "text/DisplayScript.h"
#include "text/LocaleFormat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxQuoteShown = 600;
constexpr int kFigureRole = Qt::UserRole + 1;

} // namespace

AnnotationEditor::AnnotationEditor(const Annotation &annotation, const QStringList &knownTags,
                                   const QStringList &knownMetrics, QWidget *parent)
    : QDialog(parent), m_annotation(annotation), m_quote(new QLabel(this)), m_where(new QLabel(this)),
      m_colour(new QComboBox(this)), m_note(new QPlainTextEdit(this)), m_tags(new QLineEdit(this)),
      m_figures(new QListWidget(this)), m_ticker(new QLineEdit(this)), m_quarter(new QLineEdit(this)),
      m_metric(new QComboBox(this)), m_addFigure(new QPushButton(this)),
      m_removeFigure(new QPushButton(this)), m_showOnChart(new QPushButton(this)),
      m_delete(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_colourLabel(new QLabel(this)), m_noteLabel(new QLabel(this)), m_tagsLabel(new QLabel(this)),
      m_figuresLabel(new QLabel(this))
{
    setObjectName(u"annotationEditor"_s);
    m_colour->setObjectName(u"colourCombo"_s);
    m_note->setObjectName(u"noteEdit"_s);
    m_tags->setObjectName(u"tagsEdit"_s);
    m_figures->setObjectName(u"figureList"_s);
    m_showOnChart->setObjectName(u"showOnChartButton"_s);
    m_delete->setObjectName(u"deleteAnnotationButton"_s);

    m_where->setObjectName(u"annotationWhere"_s);
    // The call's words as the transcript shows them.
    QString quote = DisplayScript::instance().shown(annotation.quote);
    if (quote.size() > kMaxQuoteShown)
        quote = quote.left(kMaxQuoteShown) + QChar(0x2026);
    m_quote->setText(u"“%1”"_s.arg(quote));
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setTextFormat(Qt::PlainText);
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setForegroundRole(QPalette::PlaceholderText);

    for (const QString &name : AnnotationColour::names())
        m_colour->addItem(AnnotationStyle::swatch(name, palette()), AnnotationStyle::displayName(name), name);
    m_colour->setCurrentIndex(qMax(0, m_colour->findData(annotation.colour)));

    m_note->setPlainText(annotation.note);
    m_note->setTabChangesFocus(true);
    m_tags->setText(annotation.tags.join(u", "_s));
    m_tags->setClearButtonEnabled(true);
    // Completion applies to the tag being typed, the text after the last comma.
    auto *completer = new QCompleter(new QStringListModel(knownTags, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setWidget(m_tags);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_tags, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString current = text.section(u',', -1).trimmed();
        if (current.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(current);
        completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &AnnotationEditor::completeTag);

    for (const FigureLink &f : annotation.figures) {
        auto *item = new QListWidgetItem(f.displayText(), m_figures);
        item->setData(kFigureRole, QStringList{f.ticker, f.quarter, f.metric});
    }
    m_figures->setMaximumHeight(90);
    m_ticker->setMaximumWidth(80);
    m_quarter->setMaximumWidth(100);
    m_quarter->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"(?i)FY\\d{4}Q[1-4]"_s), m_quarter));
    m_metric->setEditable(true);
    // Listed by name, kept by key; a typed key is taken as it is.
    for (const QString &key : knownMetrics)
        m_metric->addItem(MetricCatalog::displayName(key), key);
    m_metric->setMinimumContentsLength(18);

    auto *figureInput = new QHBoxLayout;
    figureInput->addWidget(m_ticker);
    figureInput->addWidget(m_quarter);
    figureInput->addWidget(m_metric, 1);
    figureInput->addWidget(m_addFigure);
    auto *figureButtons = new QHBoxLayout;
    figureButtons->addWidget(m_removeFigure);
    figureButtons->addWidget(m_showOnChart);
    figureButtons->addStretch();
    auto *figureBox = new QVBoxLayout;
    figureBox->addWidget(m_figures);
    figureBox->addLayout(figureInput);
    figureBox->addLayout(figureButtons);

    auto *form = new QFormLayout;
    form->addRow(m_colourLabel, m_colour);
    form->addRow(m_noteLabel, m_note);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(m_figuresLabel, figureBox);

    m_buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addWidget(m_where);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        emit deleteRequested(m_annotation.id);
        reject();
    });
    connect(m_addFigure, &QPushButton::clicked, this, &AnnotationEditor::addFigure);
    connect(m_removeFigure, &QPushButton::clicked, this, [this] {
        delete m_figures->currentItem();
        updateButtons();
    });
    connect(m_showOnChart, &QPushButton::clicked, this, [this] {
        if (m_figures->currentRow() >= 0)
            emit showOnChartRequested(figureAt(m_figures->currentRow()));
    });
    connect(m_figures, &QListWidget::currentRowChanged, this, &AnnotationEditor::updateButtons);
    connect(m_metric, &QComboBox::currentTextChanged, this, &AnnotationEditor::updateButtons);
    connect(m_ticker, &QLineEdit::textChanged, this, &AnnotationEditor::updateButtons);
    connect(m_quarter, &QLineEdit::textChanged, this, &AnnotationEditor::updateButtons);

    retranslate();
    updateButtons();
    resize(520, sizeHint().height());
    m_note->setFocus();
}

void AnnotationEditor::setFigureDefaults(const QString &ticker, const QString &quarter)
{
    m_ticker->setText(ticker);
    m_quarter->setText(quarter);
}

void AnnotationEditor::retranslate()
{
    setWindowTitle(tr("Annotation"));
    QStringList where;
    if (m_annotation.question > 0)
        where << tr("Q%1").arg(m_annotation.question);
    if (!m_annotation.speaker.isEmpty())
        where << DisplayScript::instance().shown(m_annotation.speaker);
    if (!m_annotation.isPlaced())
        where << tr("not placed: the call's text changed and this quote was not found");
    if (m_annotation.created.isValid())
        where << LocaleFormat::dateTime(m_annotation.created.toLocalTime());
    m_where->setText(where.join(u" · "_s));
    m_colourLabel->setText(tr("&Colour:"));
    m_colourLabel->setBuddy(m_colour);
    m_noteLabel->setText(tr("&Note:"));
    m_noteLabel->setBuddy(m_note);
    m_tagsLabel->setText(tr("&Tags:"));
    m_tagsLabel->setBuddy(m_tags);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. guidance, margin"));
    m_figuresLabel->setText(tr("&Figures:"));
    m_figuresLabel->setBuddy(m_figures);
    m_ticker->setPlaceholderText(tr("Ticker"));
    m_quarter->setPlaceholderText(tr("FY2025Q4"));
    m_metric->lineEdit()->setPlaceholderText(tr("Metric"));
    m_addFigure->setText(tr("&Link"));
    m_addFigure->setToolTip(tr("Link this passage to the figure of that company, quarter and metric"));
    m_removeFigure->setText(tr("&Unlink"));
    m_showOnChart->setText(tr("&Show on Chart"));
    m_showOnChart->setToolTip(tr("Select the chart pane and quarter of the chosen figure"));
    m_delete->setText(tr("&Delete Annotation"));
}

void AnnotationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AnnotationEditor::completeTag(const QString &completion)
{
    QStringList parts = m_tags->text().split(u',');
    parts.last() = (parts.size() > 1 ? u" "_s : QString()) + completion;
    m_tags->setText(parts.join(u',') + u", "_s);
}

void AnnotationEditor::addFigure()
{
    const QString typed = m_metric->currentText().trimmed();
    const int listed = m_metric->findText(typed, Qt::MatchFixedString);
    const FigureLink link{m_ticker->text().trimmed().toUpper(), m_quarter->text().trimmed().toUpper(),
                          listed >= 0 ? m_metric->itemData(listed).toString() : typed};
    if (link.ticker.isEmpty() || link.quarter.isEmpty() || link.metric.isEmpty())
        return;
    for (int row = 0; row < m_figures->count(); ++row) {
        if (figureAt(row) == link)
            return;
    }
    auto *item = new QListWidgetItem(link.displayText(), m_figures);
    item->setData(kFigureRole, QStringList{link.ticker, link.quarter, link.metric});
    m_figures->setCurrentItem(item);
}

FigureLink AnnotationEditor::figureAt(int row) const
{
    const QStringList parts = m_figures->item(row)->data(kFigureRole).toStringList();
    return {parts.value(0), parts.value(1), parts.value(2)};
}

void AnnotationEditor::updateButtons()
{
    const bool quarterOk = m_quarter->hasAcceptableInput();
    m_addFigure->setEnabled(!m_ticker->text().trimmed().isEmpty() && quarterOk &&
                            !m_metric->currentText().trimmed().isEmpty());
    m_removeFigure->setEnabled(m_figures->currentRow() >= 0);
    m_showOnChart->setEnabled(m_figures->currentRow() >= 0);
}

Annotation AnnotationEditor::annotation() const
{
    Annotation a = m_annotation;
    a.colour = m_colour->currentData().toString();
    a.note = m_note->toPlainText();
    a.tags = Annotation::parseTags(m_tags->text());
    a.figures.clear();
    for (int row = 0; row < m_figures->count(); ++row)
        a.figures.append(figureAt(row));
    return a;
}
