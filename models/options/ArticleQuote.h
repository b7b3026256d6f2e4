#pragma once

#include <QDate>
#include <QString>

#include <optional>

class MetricRepository;

// A stock price for the calculator's "fill from the library": a share-price close stored as
// a figure whose source is the built-in article (SampleFigures), never a market feed. The
// quote is the article's own sentence, and a test checks it is still in the built-in text.
struct ArticleQuote
{
    QString ticker;
    double price = 0;
    QDate date;     // the close the price is
    QString quote;  // the article's sentence, verbatim
    QString source; // the figure's source: where it is quoted from
};

namespace ArticleQuotes {
// The latest share-price close the library holds for the company, or nullopt when it has
// none (a library without the sample, or one whose user removed the figure).
std::optional<ArticleQuote> latestClose(const MetricRepository &figures, const QString &ticker);
} // namespace ArticleQuotes
