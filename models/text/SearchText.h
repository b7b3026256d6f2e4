#pragma once

#include <QByteArray>
#include <QString>

// How search sees text. Text and queries are compared in a normal form: Traditional
// characters as Simplified (OpenCC's t2s, character by character), full-width ASCII as
// ASCII, letters case-folded. The form is computed one code point at a time and never
// changes a code point's length in UTF-16 units, so an offset into the normal form is the
// same offset into the text as stored, and a stored string always finds itself.
namespace SearchText {

char32_t fold(char32_t codePoint);
QString normalise(const QString &text);

// Letters, digits and marks of any script (CJK ideographs included) make up the runs that
// the index is built from; everything else (spaces, punctuation, symbols) separates them.
bool isWordCharacter(char32_t foldedCodePoint);

// Starts preparing the folding table on a worker thread (a read of the user's cache, or
// tens of milliseconds to build it; see FoldingCache), so that opening a library does not
// wait for it; whoever needs it first waits for the rest.
void prepareInBackground();

// Identifies the folding in use (it depends on the installed OpenCC and Qt's Unicode
// tables), so that an index built with a different one can be rebuilt.
QByteArray signature();

} // namespace SearchText
