#include "pairing/PairedReadingPane.h"

#include "annotations/AnnotationStyle.h"
#include "pairing/PairBadges.h"
#include "pairing/PairNumbersModel.h"
#include "pairing/PairedReadingView.h"
#include "settings/AppSettings.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString evidenceText(const PairEvidence &e)
{
    if (e.kind == u"manual"_s)
        return PairedReadingPane::tr("paired by hand");
    const QString sides = e.a == e.b || e.b.isEmpty() ? e.a : u"%1 = %2"_s.arg(e.a, e.b);
    return u"%1: %2 (%3)"_s.arg(e.kind, sides, QString::number(e.weight, 'f', 2));
}

// A badge that flags something is drawn in the palette's warning tone; a plain figure is not.
bool isWarning(QuestionBadge::Kind kind)
{
    return kind != QuestionBadge::Kind::LengthRatio;
}

} // namespace

PairedReadingPane::PairedReadingPane(QWidget *parent)
    : QWidget(parent), m_view(new PairedReadingView(this)), m_pairing(new QLabel(this)),
      m_badgeRow(new QHBoxLayout), m_notes(new QLabel(this)), m_unpaired(new QLabel(this)),
      m_repairButton(new QPushButton(this)), m_repairMenu(new QMenu(this)),
      m_singleButton(new QPushButton(this)), m_highlightA(new QAction(this)), m_highlightB(new QAction(this)),
      m_numbersTitle(new QLabel(this)), m_numbersTable(new QTableView(this)),
      m_numbers(new PairNumbersModel(this))
{
    setObjectName(u"pairedReadingPane"_s);
    m_pairing->setObjectName(u"pairingLabel"_s);
    m_pairing->setTextFormat(Qt::PlainText);
    m_notes->setObjectName(u"pairNotesLabel"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_unpaired->setObjectName(u"unpairedLabel"_s);
    m_unpaired->setTextFormat(Qt::PlainText);
    m_repairButton->setObjectName(u"repairButton"_s);
    m_repairButton->setMenu(m_repairMenu);
    m_repairMenu->setObjectName(u"repairMenu"_s);
    connect(m_repairMenu, &QMenu::aboutToShow, this, &PairedReadingPane::fillRepairMenu);
    m_singleButton->setObjectName(u"singleReadingButton"_s);
    connect(m_singleButton, &QPushButton::clicked, this, &PairedReadingPane::singleReadingRequested);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_pairing);
    top->addSpacing(12);
    top->addWidget(m_notes);
    top->addSpacing(12);
    top->addWidget(m_unpaired);
    top->addStretch(1);
    top->addWidget(m_repairButton);
    top->addWidget(m_singleButton);
    m_badgeRow->setContentsMargins(6, 0, 6, 4);
    m_badgeRow->setSpacing(6);
    m_badgeRow->addStretch(1);

    m_numbersTable->setObjectName(u"pairNumbersTable"_s);
    m_numbersTable->setModel(m_numbers);
    m_numbersTable->verticalHeader()->hide();
    m_numbersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_numbersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_numbersTable->setWordWrap(false);
    m_numbersTable->horizontalHeader()->setSectionResizeMode(PairNumbersModel::AColumn, QHeaderView::Stretch);
    m_numbersTable->horizontalHeader()->setSectionResizeMode(PairNumbersModel::BColumn, QHeaderView::Stretch);
    m_numbersTable->horizontalHeader()->setSectionResizeMode(PairNumbersModel::StatusColumn,
                                                             QHeaderView::ResizeToContents);
    auto *numbersPane = new QWidget(this);
    auto *numbersLayout = new QVBoxLayout(numbersPane);
    numbersLayout->setContentsMargins(0, 2, 0, 0);
    numbersLayout->setSpacing(2);
    numbersLayout->addWidget(m_numbersTitle);
    numbersLayout->addWidget(m_numbersTable, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"pairedSplitter"_s);
    split->addWidget(m_view);
    split->addWidget(numbersPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(m_badgeRow);
    layout->addWidget(split, 1);

    connect(m_view, &PairedReadingView::currentQuestionChanged, this, &PairedReadingPane::showCurrent);
    m_highlightA->setObjectName(u"pairedHighlightA"_s);
    m_highlightB->setObjectName(u"pairedHighlightB"_s);
    connect(m_highlightA, &QAction::triggered, this, [this] { highlightSelection(m_view->viewA(), m_a); });
    connect(m_highlightB, &QAction::triggered, this, [this] { highlightSelection(m_view->viewB(), m_b); });
    m_view->viewA()->setContextActions({m_highlightA});
    m_view->viewB()->setContextActions({m_highlightB});
    retranslate();
}

PairedReadingPane::~PairedReadingPane() = default;

void PairedReadingPane::setPair(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment)
{
    const bool samePair = m_a && m_b && m_a->summary.id == a.summary.id && m_b->summary.id == b.summary.id;
    const int keep = samePair ? m_view->currentQuestionA() : 0;
    m_a = a;
    m_b = b;
    m_alignment = alignment;
    m_pairBadges = std::make_unique<PairBadges>(*m_a, *m_b, m_alignment);
    retranslate();
    showUnpaired();
    m_view->setCalls(*m_a, *m_b, m_alignment);
    paintNotes();
    if (keep)
        m_view->showQuestionA(keep);
    showCurrent(m_view->currentQuestionA(), m_view->currentQuestionB());
}

void PairedReadingPane::setNotes(const QList<Annotation> &a, const QList<Annotation> &b)
{
    m_notesA = a;
    m_notesB = b;
    paintNotes();
    showCurrent(m_view->currentQuestionA(), m_view->currentQuestionB());
}

void PairedReadingPane::paintNotes()
{
    const auto paint = [this](TranscriptView *view, const QList<Annotation> &notes) {
        QList<TranscriptView::Highlight> highlights;
        for (const Annotation &note : notes) {
            QTextCharFormat format;
            format.setBackground(AnnotationStyle::background(note.colour, palette()));
            highlights.append({{note.turnId, note.start, note.end - note.start}, format});
        }
        view->setHighlights(TranscriptView::HighlightLayer::Annotations, highlights);
    };
    paint(m_view->viewA(), m_notesA);
    paint(m_view->viewB(), m_notesB);
}

void PairedReadingPane::highlightSelection(TranscriptView *view, const std::optional<CallRecord> &call)
{
    const auto span = view->selectedSpan();
    const TurnRecord *turn = span && call ? call->turn(span->turnId) : nullptr;
    if (!turn)
        return;
    // White space at either end of a mouse selection is not part of what was meant.
    int start = span->start;
    int end = span->start + span->length;
    while (start < end && turn->text.at(start).isSpace())
        ++start;
    while (end > start && turn->text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return;
    Annotation note;
    note.callId = call->summary.id;
    note.turnId = turn->id;
    note.start = start;
    note.end = end;
    if (const QString colour = AppSettings::highlightColour(); !colour.isEmpty())
        note.colour = colour;
    emit highlightRequested(note);
}

void PairedReadingPane::showUnpaired()
{
    const auto listed = [](const QList<int> &questions) {
        QStringList names;
        for (int q : questions)
            names << u"Q%1"_s.arg(q);
        return names.join(tr(", "));
    };
    const QList<int> &left = m_alignment.unpairedA;
    const QList<int> &right = m_alignment.unpairedB;
    m_unpaired->setVisible(!left.isEmpty() || !right.isEmpty());
    if (left.isEmpty())
        m_unpaired->setText(tr("No counterpart: right %1").arg(listed(right)));
    else if (right.isEmpty())
        m_unpaired->setText(tr("No counterpart: left %1").arg(listed(left)));
    else
        m_unpaired->setText(tr("No counterpart: left %1; right %2").arg(listed(left), listed(right)));
}

QStringList PairedReadingPane::badgeTexts() const
{
    QStringList texts;
    for (const QLabel *badge : m_badges)
        texts << badge->text();
    return texts;
}

void PairedReadingPane::showCurrent(int questionA, int questionB)
{
    qDeleteAll(m_badges);
    m_badges.clear();
    const QuestionPair *pair = m_pairBadges && questionA ? m_pairBadges->pairOfA(questionA) : nullptr;
    QList<QuestionBadge> badges;
    if (!m_pairBadges || (!questionA && !questionB)) {
        m_pairing->setText(tr("Scroll to a question to see its pairing"));
        m_pairing->setToolTip({});
        m_numbers->setNumbers({});
    } else if (pair) {
        const int percent = int(std::lround(pair->confidence * 100));
        const bool manual = std::any_of(pair->evidence.cbegin(), pair->evidence.cend(),
                                        [](const PairEvidence &e) { return e.kind == u"manual"_s; });
        m_pairing->setText(manual
                               ? tr("Q%1 ↔ Q%2 · paired by hand").arg(questionA).arg(pair->bQuestion)
                               : tr("Q%1 ↔ Q%2 · %3% sure").arg(questionA).arg(pair->bQuestion).arg(percent));
        QStringList why;
        for (const PairEvidence &e : pair->evidence)
            why << evidenceText(e);
        m_pairing->setToolTip(why.join(u'\n'));
        badges = m_pairBadges->forA(questionA);
        m_numbers->setNumbers(pair->numbers);
    } else if (questionA) {
        m_pairing->setText(tr("Q%1 of the left column has no counterpart").arg(questionA));
        m_pairing->setToolTip({});
        badges = m_pairBadges->forA(questionA);
        const auto it = std::find_if(m_alignment.pairs.cbegin(), m_alignment.pairs.cend(),
                                     [questionA](const QuestionPair &p) { return p.aQuestion == questionA; });
        m_numbers->setNumbers(it != m_alignment.pairs.cend() ? it->numbers : QList<NumberMatch>());
    } else {
        m_pairing->setText(tr("Q%1 of the right column has no counterpart").arg(questionB));
        m_pairing->setToolTip({});
        badges = m_pairBadges->forB(questionB);
        m_numbers->setNumbers({});
    }
    for (const QuestionBadge &badge : std::as_const(badges)) {
        auto *label = new QLabel(badge.text(), this);
        label->setObjectName(u"pairBadge"_s);
        label->setTextFormat(Qt::PlainText);
        const QColor tone = isWarning(badge.kind) ? QColor(0xc0, 0x6a, 0x00) : palette().color(QPalette::Mid);
        label->setStyleSheet(
            u"QLabel { border: 1px solid %1; border-radius: 8px; padding: 1px 8px; }"_s.arg(tone.name()));
        m_badgeRow->insertWidget(m_badgeRow->count() - 1, label);
        // A layout shows a new widget only on the next turn of the event loop.
        label->show();
        m_badges.append(label);
    }

    const auto count = [](const QList<Annotation> &notes, int question) {
        return question
                   ? int(std::count_if(notes.cbegin(), notes.cend(),
                                       [question](const Annotation &n) { return n.question == question; }))
                   : 0;
    };
    const int notesA = count(m_notesA, questionA);
    const int notesB = count(m_notesB, questionB);
    m_notes->setVisible(notesA + notesB > 0);
    m_notes->setText(tr("✎ Notes: %1 left, %2 right").arg(notesA).arg(notesB));
    QStringList listed;
    for (const auto &[notes, question, side] :
         {std::tuple(&m_notesA, questionA, tr("Left")), std::tuple(&m_notesB, questionB, tr("Right"))}) {
        for (const Annotation &note : *notes) {
            if (question && note.question == question)
                listed << u"%1 Q%2: “%3”%4"_s.arg(side).arg(question).arg(
                    note.quote.left(80), note.note.isEmpty() ? QString() : u" — "_s + note.note);
        }
    }
    m_notes->setToolTip(listed.join(u'\n'));
    m_repairButton->setEnabled(questionA > 0);
    m_numbersTitle->setText(questionA || questionB ? tr("Numbers of this question on both sides")
                                                   : tr("Numbers"));
}

void PairedReadingPane::fillRepairMenu()
{
    m_repairMenu->clear();
    const int question = m_view->currentQuestionA();
    if (!question || !m_b)
        return;
    const QuestionPair *pair = m_pairBadges ? m_pairBadges->pairOfA(question) : nullptr;
    auto *group = new QActionGroup(m_repairMenu);
    const QList<int> questionsB = m_view->viewB()->questions();
    for (int b : questionsB) {
        QAction *action = m_repairMenu->addAction(tr("Pair Q%1 with Q%2").arg(question).arg(b));
        action->setCheckable(true);
        action->setChecked(pair && pair->bQuestion == b);
        action->setData(b);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, question, b] { emit repairRequested(question, b); });
    }
    m_repairMenu->addSeparator();
    QAction *none = m_repairMenu->addAction(tr("No Counterpart"));
    none->setObjectName(u"repairNoneAction"_s);
    none->setCheckable(true);
    none->setChecked(!pair);
    group->addAction(none);
    connect(none, &QAction::triggered, this, [this, question] { emit repairRequested(question, 0); });
    QAction *automatic = m_repairMenu->addAction(tr("Pair Automatically"));
    automatic->setObjectName(u"repairAutoAction"_s);
    connect(automatic, &QAction::triggered, this,
            [this, question] { emit repairRequested(question, std::nullopt); });
}

void PairedReadingPane::retranslate()
{
    m_repairButton->setText(tr("Re-pair Question"));
    m_repairButton->setToolTip(
        tr("Pair this question of the left column with another of the right, or with none"));
    m_singleButton->setText(tr("Back to Single Reading"));
    for (QAction *highlight : {m_highlightA, m_highlightB}) {
        highlight->setText(tr("Highlight Selection"));
        highlight->setStatusTip(
            tr("Highlight the selected text; the other column marks it on the paired question"));
    }
    if (m_pairBadges) {
        const bool leftIsTranslation = m_pairBadges->translation() == PairSide::A;
        const auto name = [](const CallRecord &call, bool translation) {
            const QString what = translation ? tr("Translation") : tr("Original");
            return call.summary.companyTicker.isEmpty()
                       ? what
                       : tr("%1 (%2 %3)")
                             .arg(what, call.summary.companyTicker, call.summary.fiscalPeriod)
                             .trimmed();
        };
        m_numbers->setSideNames(name(*m_a, leftIsTranslation), name(*m_b, !leftIsTranslation));
        m_view->viewA()->setAccessibleName(tr("Left column: %1").arg(m_a->summary.title));
        m_view->viewB()->setAccessibleName(tr("Right column: %1").arg(m_b->summary.title));
    }
    if (m_pairBadges) {
        showUnpaired();
        showCurrent(m_view->currentQuestionA(), m_view->currentQuestionB());
    }
}

void PairedReadingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
