#pragma once

#include <QList>
#include <QString>

#include <optional>

// "The low 70s", "mid-70s", "mid- to upper 40% range", 70%出頭, 70%中期: a margin stated as a
// band of a decade. Each maps to an explicit range, shown with the entry and editable: by
// default the decade in thirds (low 70s is 70 to 73.3), or the range the company itself
// gave ("define low ... 71%, maybe about 72%, 72.5%") when a call of it says so.
struct GuidanceBand
{
    QString text;  // as written
    int start = 0; // in the text searched
    int end = 0;
    QString word;   // "low", "mid", "high"; "low-mid" for a band that spans two
    int decade = 0; // 70 for "the low 70s"
    double low = 0;
    double high = 0;

    // The band named in the normal form ("low 70s"), whatever language the text is in.
    QString name() const;
};

// Where a company's call defines a band word: the quote and the range it gives.
struct BandDefinition
{
    QString word; // "low"
    double low = 0;
    double high = 0;
    QString quote;
    qint64 callId = 0;
};

namespace GuidanceBands {

// Every band of a text in SearchText's normal form, with its default range.
QList<GuidanceBand> findAll(const QString &foldedText);

// The definition a turn gives of a band word, if it gives one: it names the word and asks
// or says what it means ("define low", "low means", "by low we mean"), and states at least
// two percentages of one decade soon after.
std::optional<BandDefinition> definitionIn(const QString &turnText);

// The range of the band under a definition of its word for the same decade, or the default.
void apply(GuidanceBand &band, const BandDefinition &definition);

} // namespace GuidanceBands
