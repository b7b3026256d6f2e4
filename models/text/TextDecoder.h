#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct DecodedText
{
    QString text;
    // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5"; shown to the user
    // so that a wrong guess can be spotted.
    QString encoding;
};

// Turns the bytes of an imported transcript into text. Transcripts come from Chinese
// websites and WeChat exports as often as from English sources, so the legacy Chinese
// encodings have to be recognised without asking the user.
class TextDecoder
{
public:
    // On failure returns nullopt and, if error is given, a reason without the file name
    // (the caller knows the name and adds it). The BOM is not part of the returned text;
    // line ends are left as they are.
    static std::optional<DecodedText> decode(const QByteArray &bytes, QString *error);

    // Strict conversion through glibc iconv; nullopt if any byte sequence is invalid or
    // unmapped. Public because tests and exporters need the same strictness.
    static std::optional<QString> convertFrom(const char *iconvCharset, const QByteArray &bytes);
    static std::optional<QByteArray> convertTo(const char *iconvCharset, const QString &text);

    // How much text looks like ordinary Chinese prose; used to choose between GB18030 and
    // Big5 when both decode, since Big5 bytes are nearly always valid GB18030 as well.
    static double chineseScore(const QString &text);
};
