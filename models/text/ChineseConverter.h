#pragma once

#include <QString>

#include <memory>
#include <mutex>

// One OpenCC conversion (Traditional to Simplified and back, with or without the Taiwan
// and mainland vocabulary). Each conversion is loaded once per process, on first use,
// and is safe to use from several threads. When OpenCC or its data files are missing the
// converter is invalid and returns text unchanged, so reading and search still work.
class ChineseConverter
{
public:
    enum class Conversion {
        TraditionalToSimplified, // t2s
        SimplifiedToTraditional, // s2t
        TaiwanToSimplified,      // tw2s: characters only, Taiwan's variants too (著 -> 着)
        SimplifiedToTaiwan,      // s2tw: characters only, in Taiwan's standard forms
        ToTaiwanPhrases,         // s2twp: Traditional with Taiwan vocabulary (软件 -> 軟體)
        ToMainlandPhrases,       // tw2sp: Simplified with mainland vocabulary (軟體 -> 软件)
    };
    // What a reader can ask a transcript to be shown in.
    enum class Script { AsStored, Traditional, Simplified };
    // Whether the other script also brings the other region's words. Vocabulary changes
    // meaning as often as it helps (執行 becomes 运行 "run", 指標 becomes 指针 "pointer"), so
    // a transcript changes characters only unless the reader asks for more.
    enum class Vocabulary { Characters, Regional };

    static const ChineseConverter &instance(Conversion conversion);

    ~ChineseConverter();
    ChineseConverter(const ChineseConverter &) = delete;
    ChineseConverter &operator=(const ChineseConverter &) = delete;

    bool isValid() const;
    QString error() const { return m_error; }

    // Phrase-level conversion of the whole text; the length may change (内存 -> 記憶體).
    QString convert(const QString &text) const;
    // Each character on its own, as OpenCC converts it outside any phrase. Never changes the
    // length in UTF-16 units: a character whose conversion would is left as it is.
    QString convertCharacters(const QString &text) const;
    char32_t convertCharacter(char32_t codePoint) const;
    // Whether two code points take as many UTF-16 units: only then can one stand in for the
    // other without moving offsets.
    static bool sameWidth(char32_t a, char32_t b)
    {
        return QChar::requiresSurrogates(a) == QChar::requiresSurrogates(b);
    }

    // The text in the given script with exactly its original length, so that offsets into
    // the stored text stay valid: the chosen conversion where it keeps a clause's length,
    // characters only where not, and single characters as the last resort.
    static QString toScript(const QString &text, Script script,
                            Vocabulary vocabulary = Vocabulary::Characters);

private:
    explicit ChineseConverter(Conversion conversion);
    struct CharacterTable;
    const CharacterTable &characterTable() const;

    struct OpenCC;
    std::unique_ptr<OpenCC> m_opencc;
    QString m_error;
    mutable std::unique_ptr<CharacterTable> m_table;
    mutable std::once_flag m_tableOnce;
};
