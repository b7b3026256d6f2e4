#include "text/SearchText.h"

#include "text/ChineseConverter.h"
#include "text/FoldingCache.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <future>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Bumped whenever the rules below change, so that existing indexes are rebuilt.
constexpr QByteArrayView kRulesVersion = "search-text-1";

char32_t foldWithoutTable(char32_t c, const ChineseConverter &t2s)
{
    char32_t folded = t2s.convertCharacter(c);
    if (folded >= 0xFF01 && folded <= 0xFF5E) // full-width ASCII
        folded -= 0xFEE0;
    else if (folded == 0x3000) // ideographic space
        folded = u' ';
    const char32_t caseFolded = QChar::toCaseFolded(folded);
    if (ChineseConverter::sameWidth(caseFolded, folded))
        folded = caseFolded;
    return ChineseConverter::sameWidth(folded, c) ? folded : c;
}

struct Folding
{
    std::vector<char16_t> bmp;
    QByteArray signature;

    Folding()
    {
        const QByteArray cacheKey = FoldingCache::key(kRulesVersion);
        const QString cachePath = FoldingCache::path(cacheKey);
        if (auto cached = FoldingCache::load(cachePath, cacheKey)) {
            bmp = std::move(cached->bmp);
            signature = cached->signature;
            return;
        }
        build();
        FoldingCache::save(cachePath, cacheKey, {bmp, signature});
    }

    void build()
    {
        bmp.resize(0x10000);
        const ChineseConverter &t2s =
            ChineseConverter::instance(ChineseConverter::Conversion::TraditionalToSimplified);
        for (char32_t c = 0; c < 0x10000; ++c)
            bmp[c] = QChar::isSurrogate(c) ? char16_t(c) : char16_t(foldWithoutTable(c, t2s));

        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(kRulesVersion);
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(bmp.data()), qsizetype(bmp.size() * 2)));
        // Supplementary characters: fold the few that OpenCC or case folding change.
        std::vector<char32_t> supplementary;
        for (char32_t c = 0x10000; c <= 0x10FFFF; ++c) {
            if (QChar::category(c) == QChar::Other_NotAssigned)
                continue;
            const char32_t folded = foldWithoutTable(c, t2s);
            if (folded != c) {
                supplementary.push_back(c);
                supplementary.push_back(folded);
            }
        }
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(supplementary.data()),
                                    qsizetype(supplementary.size() * sizeof(char32_t))));
        signature = hash.result().toHex().left(16);
    }
};

const Folding &folding()
{
    static const Folding instance;
    return instance;
}

} // namespace

namespace SearchText {

void prepareInBackground()
{
    static std::once_flag started;
    std::call_once(started, [] {
        // Statics are destroyed in reverse order of construction: the converter the worker
        // uses is made first, so it outlives the future, whose destructor waits for the worker.
        ChineseConverter::instance(ChineseConverter::Conversion::TraditionalToSimplified);
        static std::future<void> building = std::async(std::launch::async, [] { folding(); });
    });
}

char32_t fold(char32_t codePoint)
{
    if (codePoint < 0x10000)
        return folding().bmp[codePoint];
    return foldWithoutTable(
        codePoint, ChineseConverter::instance(ChineseConverter::Conversion::TraditionalToSimplified));
}

QString normalise(const QString &text)
{
    const Folding &table = folding();
    QString result = text;
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    const qsizetype size = result.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = out[i];
        if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(out[i + 1])) {
            const char32_t folded = fold(QChar::surrogateToUcs4(unit, out[i + 1]));
            out[i] = QChar::highSurrogate(folded);
            out[i + 1] = QChar::lowSurrogate(folded);
            ++i;
        } else {
            out[i] = table.bmp[unit];
        }
    }
    return result;
}

bool isWordCharacter(char32_t foldedCodePoint)
{
    return QChar::isLetterOrNumber(foldedCodePoint) || QChar::isMark(foldedCodePoint);
}

QByteArray signature()
{
    return folding().signature;
}

} // namespace SearchText
