#include "pairing/PairedReadingView.h"

#include "text/DisplayScript.h"
#include "transcript/TranscriptView.h"

#include <QScrollBar>

using namespace Qt::StringLiterals;

PairedReadingView::PairedReadingView(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_a(new TranscriptView(this)), m_b(new TranscriptView(this))
{
    setObjectName(u"pairedReadingView"_s);
    m_a->setObjectName(u"pairedTranscriptA"_s);
    m_b->setObjectName(u"pairedTranscriptB"_s);
    connect(m_a->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_a, m_b, m_questionAToB); });
    connect(m_b->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { follow(m_b, m_a, m_questionBToA); });
    // Both columns show Chinese in the script the reader chose for every view of a call.
    const auto applyScript = [this] {
        for (TranscriptView *view : {m_a, m_b})
            view->setScript(DisplayScript::instance().script(), DisplayScript::instance().vocabulary());
    };
    applyScript();
    connect(&DisplayScript::instance(), &DisplayScript::changed, this, applyScript);
    connect(m_a, &QTextEdit::selectionChanged, this, [this] { showCounterpart(m_a, m_b, m_turnAToB); });
    connect(m_b, &QTextEdit::selectionChanged, this, [this] { showCounterpart(m_b, m_a, m_turnBToA); });
}

void PairedReadingView::setCalls(const CallRecord &a, const CallRecord &b, const CallAlignment &alignment)
{
    m_questionAToB.clear();
    m_questionBToA.clear();
    m_turnAToB.clear();
    m_turnBToA.clear();
    m_counterpart = 0;
    m_openingA.clear();
    m_openingB.clear();
    for (const auto &[call, openings] : {std::pair(&a, &m_openingA), std::pair(&b, &m_openingB)}) {
        for (const SectionRecord &section : call->sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.question > 0 && !openings->contains(turn.question))
                    openings->insert(turn.question, turn.id);
            }
        }
    }
    for (const QuestionPair &pair : alignment.pairs) {
        if (!pair.bQuestion)
            continue;
        m_questionAToB.insert(pair.aQuestion, pair.bQuestion);
        m_questionBToA.insert(pair.bQuestion, pair.aQuestion);
        const TurnRecord *askedA = a.questionTurn(pair.aQuestion);
        const TurnRecord *askedB = b.questionTurn(pair.bQuestion);
        if (askedA && askedB) {
            m_turnAToB.insert(askedA->id, askedB->id);
            m_turnBToA.insert(askedB->id, askedA->id);
        }
        for (const AnswerPair &answer : pair.answers) {
            if (answer.aTurn && answer.bTurn) {
                m_turnAToB.insert(answer.aTurn, answer.bTurn);
                m_turnBToA.insert(answer.bTurn, answer.aTurn);
            }
        }
    }
    m_following = true;
    m_a->showCall(a);
    m_b->showCall(b);
    m_following = false;
    updateCurrent(m_a);
}

void PairedReadingView::showQuestionA(int question)
{
    m_a->scrollToQuestion(question);
    const int counterpart = m_questionAToB.value(question);
    if (counterpart) {
        m_following = true;
        m_b->scrollToQuestion(counterpart);
        m_following = false;
    }
    // The last questions of a call cannot scroll to the top of the column, so the question
    // asked for is the current one whatever is at the top.
    if (question != m_currentA || counterpart != m_currentB) {
        m_currentA = question;
        m_currentB = counterpart;
        emit currentQuestionChanged(m_currentA, m_currentB);
    }
}

int PairedReadingView::questionAt(TranscriptView *view) const
{
    // A column cannot bring its last questions to the top: the question the reader went to is
    // still the one they are at while its opening turn is in sight.
    const int atTop = view->currentQuestion();
    const int remembered = view == m_a ? m_currentA : m_currentB;
    const qint64 opening = (view == m_a ? m_openingA : m_openingB).value(remembered);
    if (remembered > atTop && opening && view->isPositionVisible(view->turnRange(opening).start))
        return remembered;
    return atTop;
}

void PairedReadingView::updateCurrent(TranscriptView *from)
{
    const int question = questionAt(from);
    const int a = from == m_a ? question : m_questionBToA.value(question);
    const int b = from == m_b ? question : m_questionAToB.value(question);
    if (a == m_currentA && b == m_currentB)
        return;
    m_currentA = a;
    m_currentB = b;
    emit currentQuestionChanged(a, b);
}

void PairedReadingView::follow(TranscriptView *from, TranscriptView *to, const QHash<int, int> &questions)
{
    // The other column's own scrolling must not bounce back.
    if (m_following)
        return;
    updateCurrent(from);
    const int counterpart = questions.value(questionAt(from));
    if (!counterpart || to->currentQuestion() == counterpart)
        return;
    m_following = true;
    to->scrollToQuestion(counterpart);
    m_following = false;
}

// The counterpart is marked in the Find layer: the paired view has no find bar of its own.
void PairedReadingView::showCounterpart(TranscriptView *from, TranscriptView *to,
                                        const QHash<qint64, qint64> &turns)
{
    if (m_following)
        return;
    const std::optional<TranscriptView::TurnSpan> span = from->selectedSpan();
    const qint64 counterpart = span ? turns.value(span->turnId) : 0;
    if (!counterpart)
        return;
    m_counterpart = counterpart;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    const int length = to->turnRange(counterpart).length;
    to->setHighlights(TranscriptView::HighlightLayer::Find, {{{counterpart, 0, length}, format}});
    m_following = true;
    to->scrollToTurn(counterpart);
    m_following = false;
}
