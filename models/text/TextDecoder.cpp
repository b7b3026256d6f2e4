#include "text/TextDecoder.h"

#include <QSet>

#include <cerrno>
#include <iconv.h>

using namespace Qt::StringLiterals;

namespace {

// Characters that make up a large share of any Chinese prose, in both scripts, so a
// correct decoding hits them often and a wrong one (Big5 read as GB18030 or the other
// way round) almost never does.
constexpr char16_t CommonChinese[] =
    u"的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生"
    u"能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同"
    u"现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日者意无"
    u"無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最"
    u"重并並物手应應头頭文体體美相见見被利什二等产產或新己制身果加月话話合回特代内內信表化老给給"
    u"世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條"
    u"平系气氣题題活更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場"
    u"件计計管期市直资資山金指许許统統区區保至队隊形社便空决決治展马馬科司五基书書非则則听聽白却"
    u"卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊该該交规規万"
    u"萬取格望觉覺术術领領共确確传傳师師观觀清今切让讓识識候带帶导導争爭运運收根造言联聯持组組每"
    u"济濟车車亲親极極服快办辦议議往元英近失转轉令准準始怎呢存未远遠单單具营營增季财財毛率亿億股"
    u"票投需求客户戶";

const QSet<char16_t> &commonChinese()
{
    static const QSet<char16_t> set = [] {
        QSet<char16_t> s;
        for (char16_t c : CommonChinese)
            if (c)
                s.insert(c);
        return s;
    }();
    return set;
}

// Code points a misread legacy encoding tends to produce and real Chinese prose rarely
// contains: private use, kana/Greek/Cyrillic/box rows of GB2312, compatibility ideographs.
bool isSuspicious(char32_t c)
{
    return (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || (c >= 0x80 && c <= 0x9F) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0x0370 && c <= 0x04FF) || (c >= 0x2500 && c <= 0x257F) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0x3100 && c <= 0x312F) || c >= 0x10000;
}

// QString::fromUtf8 silently replaces bad sequences, so validity is checked by hand
// (rejecting overlong forms, surrogates and code points above U+10FFFF).
bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

// Manual UTF-16 decoding so that unpaired surrogates and odd lengths count as errors.
std::optional<QString> decodeUtf16(const QByteArray &bytes, bool bigEndian)
{
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    QString out;
    out.reserve(bytes.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        const char16_t unit = bigEndian ? char16_t(p[i] << 8 | p[i + 1]) : char16_t(p[i + 1] << 8 | p[i]);
        out.append(QChar(unit));
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= out.size() || !out.at(i + 1).isLowSurrogate())
                return std::nullopt;
            ++i;
        } else if (c.isLowSurrogate()) {
            return std::nullopt;
        }
    }
    return out;
}

// Whole-buffer conversion; any invalid, unmapped or truncated sequence fails the lot
// rather than being skipped or replaced.
std::optional<QByteArray> runIconv(const char *to, const char *from, QByteArray input)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    QByteArray out(input.size() * 2 + 16, Qt::Uninitialized);
    char *in = input.data();
    size_t inLeft = size_t(input.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    bool ok = true;
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) != size_t(-1))
            continue;
        if (errno != E2BIG) {
            ok = false; // EILSEQ, or EINVAL for a sequence cut off at the end
            break;
        }
        const qsizetype used = dst - out.data();
        out.resize(out.size() * 2);
        dst = out.data() + used;
        outLeft = size_t(out.size() - used);
    }
    iconv_close(cd);
    if (!ok)
        return std::nullopt;
    out.truncate(dst - out.data());
    return out;
}

QString binaryError()
{
    return u"looks like a binary file"_s;
}

} // namespace

std::optional<QString> TextDecoder::convertFrom(const char *iconvCharset, const QByteArray &bytes)
{
    const auto utf8 = runIconv("UTF-8", iconvCharset, bytes);
    if (!utf8)
        return std::nullopt;
    QString text = QString::fromUtf8(*utf8);
    // glibc's BIG5 passes a lone 0x80 through as U+0080; no real text contains C1 controls.
    for (QChar c : std::as_const(text))
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            return std::nullopt;
    return text;
}

std::optional<QByteArray> TextDecoder::convertTo(const char *iconvCharset, const QString &text)
{
    return runIconv(iconvCharset, "UTF-8", text.toUtf8());
}

double TextDecoder::chineseScore(const QString &text)
{
    const auto &common = commonChinese();
    qsizetype nonAscii = 0;
    qsizetype hits = 0;
    qsizetype suspicious = 0;
    for (char32_t c : text.toUcs4()) {
        if (c < 0x80)
            continue;
        ++nonAscii;
        if (c <= 0xFFFF && common.contains(char16_t(c)))
            ++hits;
        else if (isSuspicious(c))
            ++suspicious;
    }
    if (nonAscii == 0)
        return 0.0;
    return double(hits - 3 * suspicious) / double(nonAscii);
}

std::optional<DecodedText> TextDecoder::decode(const QByteArray &bytes, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DecodedText> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString undecodable = u"is not valid UTF-8, UTF-16, GB18030 or Big5 text"_s;
    const QString empty = u"the file is empty"_s;
    if (bytes.isEmpty())
        return fail(empty);

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        if (body.isEmpty())
            return fail(empty);
        if (body.contains('\0'))
            return fail(binaryError());
        if (!isValidUtf8(body))
            return fail(undecodable);
        return DecodedText{QString::fromUtf8(body), u"UTF-8 (BOM)"_s};
    }
    const bool le = bytes.startsWith("\xFF\xFE");
    if (le || bytes.startsWith("\xFE\xFF")) {
        const QByteArray body = bytes.mid(2);
        if (body.isEmpty())
            return fail(empty);
        const auto text = decodeUtf16(body, !le);
        if (!text)
            return fail(undecodable);
        if (text->contains(QChar(u'\0')))
            return fail(binaryError());
        return DecodedText{*text, le ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    }

    // Without a BOM a NUL byte cannot occur in any of the text encodings we accept.
    if (bytes.contains('\0'))
        return fail(binaryError());
    if (isValidUtf8(bytes))
        return DecodedText{QString::fromUtf8(bytes), u"UTF-8"_s};

    const auto gb = convertFrom("GB18030", bytes);
    const auto big5 = convertFrom("BIG5", bytes);
    if (gb && big5) {
        // Ties go to GB18030: simplified-Chinese sources are the more common case.
        if (chineseScore(*big5) > chineseScore(*gb))
            return DecodedText{*big5, u"Big5"_s};
        return DecodedText{*gb, u"GB18030"_s};
    }
    if (gb)
        return DecodedText{*gb, u"GB18030"_s};
    if (big5)
        return DecodedText{*big5, u"Big5"_s};
    return fail(undecodable);
}
