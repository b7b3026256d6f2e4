#include "search/FindBar.h"

#include "search/SearchQuery.h"
#include "search/SnippetDelegate.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindBar::FindBar(TranscriptView *view, QWidget *parent)
    : QWidget(parent), m_view(view), m_field(new QLineEdit(this)), m_count(new QLabel(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setClearButtonEnabled(true);
    m_count->setObjectName(u"findCount"_s);
    m_previous->setIcon(QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp)));
    m_next->setIcon(QIcon::fromTheme(u"go-down"_s, style()->standardIcon(QStyle::SP_ArrowDown)));
    m_close->setIcon(
        QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    // Room for a word and for "999 of 999", however narrow the transcript is.
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(u"999 of 999"_s));
    for (QToolButton *button : {m_previous, m_next, m_close})
        button->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, [this] { updateMatches(true); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    auto *escape = new QShortcut(QKeySequence::Cancel, this, this, &FindBar::dismiss);
    escape->setContext(Qt::WidgetWithChildrenShortcut);

    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in this call"));
    m_field->setAccessibleName(tr("Find text"));
    m_previous->setToolTip(
        tr("Previous match (%1)")
            .arg(QKeySequence(QKeySequence::FindPrevious).toString(QKeySequence::NativeText)));
    m_next->setToolTip(
        tr("Next match (%1)").arg(QKeySequence(QKeySequence::FindNext).toString(QKeySequence::NativeText)));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    updateHighlightsAndCount();
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::setCall(const CallRecord &call)
{
    m_turns.clear();
    for (const SectionRecord &section : call.sections) {
        for (const TurnRecord &turn : section.turns)
            m_turns.append({turn.id, turn.text});
    }
    updateMatches(false);
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    updateHighlightsAndCount();
}

void FindBar::dismiss()
{
    hide();
    m_view->setHighlights(TranscriptView::HighlightLayer::Find, {});
    m_view->setFocus(Qt::OtherFocusReason);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int direction)
{
    if (isHidden() || m_field->text().isEmpty()) {
        activate();
        return;
    }
    if (m_matches.isEmpty())
        return;
    if (m_current < 0)
        m_current = direction > 0 ? 0 : int(m_matches.size()) - 1;
    else
        m_current = int((m_current + direction + m_matches.size()) % m_matches.size());
    showCurrent();
}

void FindBar::updateMatches(bool jumpToNearest)
{
    m_matches.clear();
    m_current = -1;
    const SearchQuery query(m_field->text());
    if (!query.isEmpty()) {
        for (const auto &[turnId, text] : std::as_const(m_turns)) {
            for (const SearchQuery::Occurrence &occurrence : query.occurrencesIn(text))
                m_matches.append({turnId, occurrence.offset, occurrence.length});
        }
    }
    if (jumpToNearest && !m_matches.isEmpty()) {
        // The first match from where the reader is, so typing does not lose their place.
        const qint64 visible = m_view->firstVisibleTurn();
        qsizetype from = 0;
        for (qsizetype i = 0; i < m_turns.size(); ++i) {
            if (m_turns.at(i).first == visible)
                from = i;
        }
        m_current = 0;
        for (int i = 0; i < m_matches.size(); ++i) {
            const auto turn = std::find_if(m_turns.cbegin(), m_turns.cend(),
                                           [&](const auto &t) { return t.first == m_matches.at(i).turnId; });
            if (turn - m_turns.cbegin() >= from) {
                m_current = i;
                break;
            }
        }
        showCurrent();
        return;
    }
    updateHighlightsAndCount();
}

void FindBar::showCurrent()
{
    updateHighlightsAndCount();
    if (m_current < 0)
        return;
    const Match &match = m_matches.at(m_current);
    m_view->selectSpan({match.turnId, match.offset, match.length});
    emit matchShown(match.turnId);
}

void FindBar::updateHighlightsAndCount()
{
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));

    if (isHidden())
        return;
    QTextCharFormat format;
    format.setBackground(SnippetDelegate::hitColour());
    format.setForeground(Qt::black);
    QList<TranscriptView::Highlight> highlights;
    for (int i = 0; i < m_matches.size(); ++i) {
        if (i == m_current)
            continue; // the selection shows the current match
        const Match &match = m_matches.at(i);
        highlights.append({{match.turnId, match.offset, match.length}, format});
    }
    m_view->setHighlights(TranscriptView::HighlightLayer::Find, highlights);
}
