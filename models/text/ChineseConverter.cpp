#include "text/ChineseConverter.h"

#include <QHash>

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>

#include <exception>
#include <set>

using namespace Qt::StringLiterals;

struct ChineseConverter::OpenCC
{
    opencc::ConverterPtr converter;
};

// Characters whose conversion on their own differs from themselves. Only the keys of the
// conversion's dictionaries can change, so those are all that are converted to build it.
struct ChineseConverter::CharacterTable
{
    QHash<char32_t, char32_t> changed;
};

namespace {

const char *configFile(ChineseConverter::Conversion conversion)
{
    switch (conversion) {
    case ChineseConverter::Conversion::TraditionalToSimplified:
        return "t2s.json";
    case ChineseConverter::Conversion::SimplifiedToTraditional:
        return "s2t.json";
    case ChineseConverter::Conversion::TaiwanToSimplified:
        return "tw2s.json";
    case ChineseConverter::Conversion::SimplifiedToTaiwan:
        return "s2tw.json";
    case ChineseConverter::Conversion::ToTaiwanPhrases:
        return "s2twp.json";
    case ChineseConverter::Conversion::ToMainlandPhrases:
        return "tw2sp.json";
    }
    return "t2s.json";
}

// Letters and digits of any script can be inside an OpenCC phrase; anything else ends one.
bool canBeInPhrase(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace

const ChineseConverter &ChineseConverter::instance(Conversion conversion)
{
    // Function-local statics: loaded on first use, initialisation is thread-safe.
    switch (conversion) {
    case Conversion::TraditionalToSimplified: {
        static const ChineseConverter converter(Conversion::TraditionalToSimplified);
        return converter;
    }
    case Conversion::SimplifiedToTraditional: {
        static const ChineseConverter converter(Conversion::SimplifiedToTraditional);
        return converter;
    }
    case Conversion::TaiwanToSimplified: {
        static const ChineseConverter converter(Conversion::TaiwanToSimplified);
        return converter;
    }
    case Conversion::SimplifiedToTaiwan: {
        static const ChineseConverter converter(Conversion::SimplifiedToTaiwan);
        return converter;
    }
    case Conversion::ToTaiwanPhrases: {
        static const ChineseConverter converter(Conversion::ToTaiwanPhrases);
        return converter;
    }
    case Conversion::ToMainlandPhrases: {
        static const ChineseConverter converter(Conversion::ToMainlandPhrases);
        return converter;
    }
    }
    Q_UNREACHABLE();
}

ChineseConverter::ChineseConverter(Conversion conversion) : m_opencc(std::make_unique<OpenCC>())
{
    try {
        opencc::Config config;
        m_opencc->converter = config.NewFromFile(configFile(conversion));
    } catch (const std::exception &e) {
        m_opencc->converter.reset();
        m_error = u"OpenCC %1: %2"_s.arg(QString::fromLatin1(configFile(conversion)),
                                         QString::fromLocal8Bit(e.what()));
    }
}

ChineseConverter::~ChineseConverter() = default;

bool ChineseConverter::isValid() const
{
    return m_opencc->converter != nullptr;
}

QString ChineseConverter::convert(const QString &text) const
{
    if (!isValid() || text.isEmpty())
        return text;
    try {
        return QString::fromStdString(m_opencc->converter->Convert(text.toStdString()));
    } catch (const std::exception &) {
        return text;
    }
}

const ChineseConverter::CharacterTable &ChineseConverter::characterTable() const
{
    std::call_once(m_tableOnce, [this] {
        auto table = std::make_unique<CharacterTable>();
        if (isValid()) {
            std::set<char32_t> keys;
            try {
                for (const opencc::ConversionPtr &step :
                     m_opencc->converter->GetConversionChain()->GetConversions()) {
                    const opencc::LexiconPtr lexicon = step->GetDict()->GetLexicon();
                    for (const std::unique_ptr<opencc::DictEntry> &entry : *lexicon) {
                        const QString key = QString::fromStdString(entry->Key());
                        const QList<uint> codePoints = key.toUcs4();
                        if (codePoints.size() == 1)
                            keys.insert(codePoints.first());
                    }
                }
            } catch (const std::exception &) {
                keys.clear();
            }
            // One conversion of all keys, one per line: phrases never span a line break.
            QString batch;
            batch.reserve(int(keys.size()) * 3);
            for (char32_t key : keys) {
                batch.append(QStringView(QChar::fromUcs4(key)));
                batch.append(u'\n');
            }
            const QStringList converted = convert(batch).split(u'\n');
            if (converted.size() == qsizetype(keys.size()) + 1) {
                auto it = keys.cbegin();
                for (qsizetype i = 0; i < converted.size() - 1; ++i, ++it) {
                    const QList<uint> result = converted.at(i).toUcs4();
                    if (result.size() == 1 && result.first() != *it &&
                        ChineseConverter::sameWidth(*it, result.first()))
                        table->changed.insert(*it, result.first());
                }
            }
        }
        m_table = std::move(table);
    });
    return *m_table;
}

char32_t ChineseConverter::convertCharacter(char32_t codePoint) const
{
    return characterTable().changed.value(codePoint, codePoint);
}

QString ChineseConverter::convertCharacters(const QString &text) const
{
    const CharacterTable &table = characterTable();
    if (table.changed.isEmpty())
        return text;
    QString result = text;
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    const qsizetype size = result.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = out[i];
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(out[i + 1]);
        if (pair)
            c = QChar::surrogateToUcs4(out[i], out[i + 1]);
        const auto it = table.changed.constFind(c);
        if (it != table.changed.cend()) {
            if (pair) {
                out[i] = QChar::highSurrogate(*it);
                out[i + 1] = QChar::lowSurrogate(*it);
            } else {
                out[i] = char16_t(*it);
            }
        }
        if (pair)
            ++i;
    }
    return result;
}

QString ChineseConverter::toScript(const QString &text, Script script, Vocabulary vocabulary)
{
    if (script == Script::AsStored || text.isEmpty())
        return text;
    const bool traditional = script == Script::Traditional;
    // Taiwan's character forms both ways: the library's Traditional text is Taiwan's, and
    // tw2s also folds its variants (著 -> 着) where t2s leaves them.
    const ChineseConverter &plain =
        instance(traditional ? Conversion::SimplifiedToTaiwan : Conversion::TaiwanToSimplified);
    const ChineseConverter &phrases =
        vocabulary == Vocabulary::Regional
            ? instance(traditional ? Conversion::ToTaiwanPhrases : Conversion::ToMainlandPhrases)
            : plain;

    const QString whole = phrases.convert(text);
    if (whole.size() == text.size())
        return whole;

    // Some phrase variants change the length (内存 -> 記憶體); convert clause by clause
    // so that only the clauses containing one lose their phrase variants.
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() &&
               canBeInPhrase(text.at(end).unicode()) == canBeInPhrase(text.at(i).unicode()))
            ++end;
        const QString clause = text.mid(i, end - i);
        QString converted = phrases.convert(clause);
        if (converted.size() != clause.size())
            converted = plain.convert(clause);
        if (converted.size() != clause.size())
            converted = plain.convertCharacters(clause);
        result += converted;
        i = end;
    }
    Q_ASSERT(result.size() == text.size());
    return result;
}
