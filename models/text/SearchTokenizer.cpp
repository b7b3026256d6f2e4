#include "text/SearchTokenizer.h"

#include "text/SearchText.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace SearchTokenizer {
namespace {

// Decodes one UTF-8 sequence at text[i]; returns its length in bytes, or 1 for a byte
// that does not start a valid sequence (such a byte then separates runs).
int decodeUtf8(const unsigned char *text, int size, int i, char32_t *codePoint)
{
    const unsigned char lead = text[i];
    int length = 0;
    char32_t c = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        c = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        c = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        c = lead & 0x07;
    } else {
        *codePoint = 0xFFFD;
        return 1;
    }
    if (i + length > size) {
        *codePoint = 0xFFFD;
        return 1;
    }
    for (int k = 1; k < length; ++k) {
        if ((text[i + k] & 0xC0) != 0x80) {
            *codePoint = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (text[i + k] & 0x3F);
    }
    *codePoint = c;
    return length;
}

int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// The index keeps no positions (detail=none), so a term needs to reach FTS5 only once per
// text; repeated terms are dropped here, which is cheaper than FTS5's own lookup of each.
// Terms are keyed by their code points: a bigram's two, or a single one with the top bit.
class SeenTerms
{
public:
    explicit SeenTerms(int maxTerms)
    {
        size_t capacity = 64;
        while (capacity < size_t(maxTerms) * 2)
            capacity *= 2;
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
    }

    // True the first time a key is offered.
    bool insert(quint64 key)
    {
        const quint64 stored = key + 1; // 0 marks an empty slot
        for (size_t slot = (stored * 0x9E3779B97F4A7C15ull) >> 20 & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_slots[slot] == stored)
                return false;
            if (m_slots[slot] == 0) {
                m_slots[slot] = stored;
                return true;
            }
        }
    }

private:
    std::vector<quint64> m_slots;
    size_t m_mask = 0;
};

int tokenizeDocument(void *context, const char *text, int size, TokenCallback onToken)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    SeenTerms seen(size); // a text has fewer terms than bytes
    char term[8];
    // The previous character of the current run, if any: folded, and where it starts.
    bool inRun = false;
    char32_t previous = 0;
    int previousStart = 0;
    int previousEnd = 0;
    const auto endRun = [&]() -> int {
        if (!inRun)
            return SQLITE_OK;
        inRun = false;
        if (!seen.insert((quint64(1) << 63) | previous))
            return SQLITE_OK;
        const int length = encodeUtf8(previous, term);
        return onToken(context, 0, term, length, previousStart, previousEnd);
    };
    for (int i = 0; i < size;) {
        char32_t c = 0;
        const int length = decodeUtf8(bytes, size, i, &c);
        const char32_t folded = SearchText::fold(c);
        if (!SearchText::isWordCharacter(folded)) {
            if (const int rc = endRun(); rc != SQLITE_OK)
                return rc;
        } else {
            if (inRun && seen.insert(quint64(previous) << 21 | folded)) {
                int termLength = encodeUtf8(previous, term);
                termLength += encodeUtf8(folded, term + termLength);
                if (const int rc = onToken(context, 0, term, termLength, previousStart, i + length);
                    rc != SQLITE_OK)
                    return rc;
            }
            inRun = true;
            previous = folded;
            previousStart = i;
            previousEnd = i + length;
        }
        i += length;
    }
    return endRun();
}

// FTS5 wants a non-null tokenizer object; this tokenizer has no state.
Fts5Tokenizer *const kInstance =
    reinterpret_cast<Fts5Tokenizer *>(const_cast<char *>(SearchTokenizer::kName));

int createTokenizer(void *, const char **, int argumentCount, Fts5Tokenizer **out)
{
    if (argumentCount != 0)
        return SQLITE_ERROR;
    *out = kInstance;
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size, TokenCallback onToken)
{
    if (flags & FTS5_TOKENIZE_QUERY) {
        // SearchQuery quotes terms that are already normalised index terms.
        return size > 0 ? onToken(context, 0, text, size, 0, size) : SQLITE_OK;
    }
    return tokenizeDocument(context, text, size, onToken);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchTokenizer", text);
}

} // namespace

fts5_api *fts5Api(const QSqlDatabase &db, sqlite3 **connection, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = tr("the database connection is not SQLite");
        return nullptr;
    }
    *connection = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (*connection &&
        sqlite3_prepare_v2(*connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
    }
    if (!api)
        *error = tr("this SQLite has no full-text search (FTS5)");
    return api;
}

bool registerOn(const QSqlDatabase &db, QString *error)
{
    sqlite3 *connection = nullptr;
    fts5_api *api = fts5Api(db, &connection, error);
    if (!api)
        return false;
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        *error =
            tr("cannot register the search tokenizer: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)));
        return false;
    }
    // The folding table is built on first use; start it now rather than inside a write.
    SearchText::prepareInBackground();
    return true;
}

} // namespace SearchTokenizer
