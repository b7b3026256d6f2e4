#pragma once

#include <QString>

class QSqlDatabase;
struct fts5_api;
struct sqlite3;

// The FTS5 tokenizer behind the library's search index. SQLite's own tokenizers do not
// fit Chinese: unicode61 makes a whole run of ideographs one token and trigram cannot
// match a two-character word. This one normalises text (SearchText) and, for every run of
// letters and digits of any script, emits each pair of neighbouring characters (a bigram)
// plus the run's last character on its own. Any substring of two or more characters of a
// run is then found through its bigrams, and a single character through a prefix query.
//
// Queries are built by SearchQuery from terms that are already normalised; in a query the
// tokenizer passes each quoted term through as it is.
namespace SearchTokenizer {

inline constexpr char kName[] = "er_bigram";

// Registers the tokenizer on the connection. FTS5 tokenizers live per connection, so this
// runs every time a library is opened, before anything touches the index.
bool registerOn(const QSqlDatabase &db, QString *error);

// The connection's FTS5 interface, to register tokenizers and functions with, and its handle;
// null with a message when the connection is not SQLite or has no FTS5.
fts5_api *fts5Api(const QSqlDatabase &db, sqlite3 **connection, QString *error);

} // namespace SearchTokenizer
