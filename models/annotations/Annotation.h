#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A figure an annotation talks about: one metric of one company in one fiscal quarter.
// Stored by name, not by a row of the figures tables, so links survive a reload of the
// figures and can be made before the figures exist.
struct FigureLink
{
    QString ticker;  // "NVDA"
    QString quarter; // "FY2025Q4"
    QString metric;  // "revenue_musd"

    // "NVDA FY2025Q4 GAAP gross margin": the metric by its name for readers, in the
    // interface's language (MetricCatalog); the stored key only for a metric it does not know.
    QString displayText() const;

    friend bool operator==(const FigureLink &, const FigureLink &) = default;
};

// The colours a highlight can have. Names are stored; how each looks is decided by the
// view for its palette.
namespace AnnotationColour {
inline constexpr auto Yellow = "yellow";
inline constexpr auto Green = "green";
inline constexpr auto Blue = "blue";
inline constexpr auto Pink = "pink";
inline constexpr auto Orange = "orange";
QStringList names();
bool isKnown(const QString &name);
} // namespace AnnotationColour

// One highlight on a call. Anchored three ways, so it can be found again when the text
// moves: the turn, character offsets into that turn's stored text (end exclusive), and the
// quoted text itself. An annotation whose turn is 0 could not be placed after the call's
// text changed; it is kept and listed until the user deletes it.
struct Annotation
{
    qint64 id = 0;
    QString uid; // stable across libraries; export and import match on it
    qint64 callId = 0;
    qint64 turnId = 0;
    int start = 0;
    int end = 0;
    QString quote;
    QString colour = QString::fromLatin1(AnnotationColour::Yellow);
    QString note;
    QStringList tags;
    QList<FigureLink> figures;
    QDateTime created;
    QDateTime modified;

    // Read from the call when listed, never written.
    QString callTitle;
    QString speaker;
    int question = 0;
    int turnOrdinal = -1;

    bool isPlaced() const { return turnId != 0; }
    int length() const { return end - start; }
    // Tags trimmed, empty ones dropped, duplicates (ignoring case) removed, order kept.
    static QStringList normalisedTags(const QStringList &tags);
    // "a, b ,c" -> {"a", "b", "c"}
    static QStringList parseTags(const QString &text);
};

// A reader's verdict on a whole analyst question.
struct QuestionMark
{
    qint64 callId = 0;
    int question = 0;
    QString label;  // "answered", "deflected", "guidance" or the reader's own word
    int rating = 0; // 0 (none) to 5

    bool isEmpty() const { return label.isEmpty() && rating == 0; }
    friend bool operator==(const QuestionMark &, const QuestionMark &) = default;
};

namespace QuestionLabel {
inline constexpr auto Answered = "answered";
inline constexpr auto Deflected = "deflected";
inline constexpr auto Guidance = "guidance";
QStringList suggestions();
} // namespace QuestionLabel

// What the annotations panel and the exports show: every field is optional, all set
// fields must match.
struct AnnotationFilter
{
    QString tag;
    QString colour;
    QString speaker;
    int question = 0; // 0: any
    QString text;     // in quote, note, tags or speaker, ignoring case

    bool isEmpty() const
    {
        return tag.isEmpty() && colour.isEmpty() && speaker.isEmpty() && question == 0 && text.isEmpty();
    }
    bool matches(const Annotation &annotation) const;
    friend bool operator==(const AnnotationFilter &, const AnnotationFilter &) = default;
};
