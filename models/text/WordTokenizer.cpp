#include "text/WordTokenizer.h"

#include "text/SearchText.h"
#include "text/SearchTokenizer.h"
#include "text/WordTokens.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace WordTokenizer {
namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// UTF-8 length of the UTF-16 units [from, to) of text (a pair of surrogates is four bytes).
int utf8Length(QStringView text, qsizetype from, qsizetype to)
{
    int bytes = 0;
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = text.at(i).unicode();
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
    }
    return bytes;
}

int tokenizeText(void *context, const char *bytes, int size, TokenCallback onToken)
{
    const QString text = SearchText::normalise(QString::fromUtf8(bytes, size));
    int rc = SQLITE_OK;
    qsizetype at = 0; // offsets advance together: at in UTF-16 units, atByte in UTF-8 bytes
    int atByte = 0;
    QByteArray token;
    WordTokens::forEachToken(text, [&](QStringView piece, qsizetype start, qsizetype end) {
        if (rc != SQLITE_OK)
            return;
        const int startByte = atByte + utf8Length(text, at, start);
        const int endByte = startByte + utf8Length(text, start, end);
        at = end;
        atByte = endByte;
        token = piece.toUtf8();
        // Text that is not valid UTF-8 is read with replacement characters, which may be longer.
        rc = onToken(context, 0, token.constData(), int(token.size()), std::min(startByte, size),
                     std::min(endByte, size));
    });
    return rc;
}

// FTS5 wants a non-null tokenizer object; this tokenizer has no state.
Fts5Tokenizer *const kInstance = reinterpret_cast<Fts5Tokenizer *>(const_cast<char *>(kName));

int createTokenizer(void *, const char **, int argumentCount, Fts5Tokenizer **out)
{
    if (argumentCount != 0)
        return SQLITE_ERROR;
    *out = kInstance;
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

// A query phrase is tokenized as a document is, so that its separators are the text's.
int tokenize(Fts5Tokenizer *, void *context, int, const char *text, int size, TokenCallback onToken)
{
    return tokenizeText(context, text, size, onToken);
}

// The row's phrase matches, left to right, each taken unless it starts inside the one taken
// before it ("ab ab" is in "ab ab ab" once), which is how TermMatcher counts.
void termCount(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    int instances = 0;
    if (const int rc = api->xInstCount(fts, &instances); rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    // Most matching turns hold one match, which is one whatever its place: no list to sort.
    if (instances <= 1) {
        sqlite3_result_int(result, instances);
        return;
    }
    std::vector<std::pair<int, int>> matches; // offset, end
    matches.reserve(size_t(instances));
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (const int rc = api->xInst(fts, i, &phrase, &column, &offset); rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        matches.emplace_back(offset, offset + api->xPhraseSize(fts, phrase));
    }
    std::sort(matches.begin(), matches.end());
    int count = 0;
    int taken = -1;
    for (const auto &[offset, end] : matches) {
        if (offset >= taken) {
            ++count;
            taken = end;
        }
    }
    sqlite3_result_int(result, count);
}

} // namespace

bool registerOn(const QSqlDatabase &db, QString *error)
{
    sqlite3 *connection = nullptr;
    fts5_api *api = SearchTokenizer::fts5Api(db, &connection, error);
    if (!api)
        return false;
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK ||
        api->xCreateFunction(api, kCountFunction, nullptr, termCount, nullptr) != SQLITE_OK) {
        // The search tokenizer's message: to the reader both are the search index.
        *error = QCoreApplication::translate("SearchTokenizer", "cannot register the search tokenizer: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(connection)));
        return false;
    }
    return true;
}

} // namespace WordTokenizer
