#pragma once

#include <QMap>
#include <QString>

// The Latin-script names and terms of a text (GB200, NVL72, DeepSeek, CUDA, Blackwell), found by
// their shape, not from a list: in Chinese text every Latin word is one; in English text a word
// counts when it has a digit or a capital letter that does not merely start a sentence.
// Keys are folded (lower case); values are the term as first written.
QMap<QString, QString> extractLatinTerms(const QString &text);
