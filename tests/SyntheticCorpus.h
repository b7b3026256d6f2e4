#pragma once

#include "store/LibraryRecords.h"

// Earnings calls in the seed's style for tests and the search benchmark: an article,
// commentary, prepared remarks and a Q&A of about a hundred turns, about 30 KB of mixed
// Chinese and English. Calls alternate between Traditional and Simplified characters, and
// product names come in varying case, full-width and run together (GB200NVL72), so that
// search has the cases it must handle. The same seed always gives the same calls.
class SyntheticCorpus
{
public:
    explicit SyntheticCorpus(quint32 seed = 20250226) : m_seed(seed) {}

    struct Call
    {
        ParsedTranscript transcript;
        CallMetadata meta;
        bool simplified = false;
    };
    Call call(int index) const;

private:
    quint32 m_seed;
};

// A call as the plain text a user would import: "Speaker: text" lines, narration as it is.
QString plainText(const ParsedTranscript &transcript);
