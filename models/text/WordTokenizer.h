#pragma once

class QSqlDatabase;
class QString;

// The FTS5 side of the word index behind the term trends (turn_terms, docs/TRENDS.md): the
// tokenizer er_words, which normalises text (SearchText) and emits WordTokens in order, one
// position each, in documents and queries alike; and the auxiliary function er_term_count,
// which counts a row's matches of the query's phrases left to right without overlap, as
// TermMatcher counts occurrences in the text.
namespace WordTokenizer {

inline constexpr char kName[] = "er_words";
inline constexpr char kCountFunction[] = "er_term_count";

// Registers both on the connection (FTS5 keeps them per connection), before anything touches
// the index.
bool registerOn(const QSqlDatabase &db, QString *error);

} // namespace WordTokenizer
