#include "options/ArticleQuote.h"

#include "figures/MetricRepository.h"
#include "figures/SampleFigures.h"

using namespace Qt::StringLiterals;

namespace ArticleQuotes {

std::optional<ArticleQuote> latestClose(const MetricRepository &figures, const QString &ticker)
{
    std::optional<ArticleQuote> latest;
    for (const Figure &figure : figures.figures(ticker)) {
        if (figure.metric != Metric::SharePriceClose || !figure.value)
            continue;
        // Without the day the price cannot set the trade date, so such a figure is skipped.
        const auto quote = SampleFigures::parseQuotedNote(figure.note);
        if (!quote || (latest && latest->date > quote->day))
            continue;
        latest = ArticleQuote{figure.company, *figure.value, quote->day, quote->sentence, figure.source};
    }
    return latest;
}

} // namespace ArticleQuotes
