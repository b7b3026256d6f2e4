#include "options/ArticleQuote.h"

using namespace Qt::StringLiterals;

namespace ArticleQuotes {

ArticleQuote nvidiaClose()
{
    return {u"NVDA"_s, 131.28, QDate(2025, 2, 26), u"2月26日收盤後,英偉達股價上漲3.67%,報收131.28美元/股"_s,
            u":/sample/000_d7df10e03045e75a.txt"_s};
}

} // namespace ArticleQuotes
