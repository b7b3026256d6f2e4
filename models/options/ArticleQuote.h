#pragma once

#include <QDate>
#include <QString>

// The stock price the built-in article states, for the calculator's "fill from the article".
// It is a figure quoted by the article and cited to it, never a market feed: the quote is the
// article's own sentence, and a test checks it is still in the built-in text.
struct ArticleQuote
{
    QString ticker;
    double price = 0;
    QDate date;       // the close the price is
    QString quote;    // the article's sentence, verbatim
    QString resource; // the built-in article it is quoted from
};

namespace ArticleQuotes {
ArticleQuote nvidiaClose();
} // namespace ArticleQuotes
