// Scores the parser against the real-transcript corpus (tests/data/transcripts): for each file
// the question count, the speakers of sampled quotes, the askers of questions, headings read as
// speakers and the call's metadata, then the totals the issue judges by.
//   score_transcripts [corpus-directory]

#include "TranscriptTruth.h"
#include "text/TextDecoder.h"
#include "transcript/TranscriptParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString directory = args.size() > 1 ? args.at(1) : QStringLiteral(ER_TRANSCRIPT_CORPUS_DIR);
    const bool verbose = args.contains(u"--verbose"_s);
    QTextStream out(stdout);
    // --dump FILE: every turn of one file, to see what the parser made of it.
    if (const qsizetype dump = args.indexOf(u"--dump"_s); dump >= 0 && dump + 1 < args.size()) {
        QFile file(args.at(dump + 1));
        QString error;
        const auto decoded =
            file.open(QIODevice::ReadOnly) ? TextDecoder::decode(file.readAll(), &error) : std::nullopt;
        const auto parsed = decoded ? TranscriptParser::parse(decoded->text, &error) : std::nullopt;
        if (!parsed) {
            out << error << u"\n"_s;
            return 1;
        }
        const HeaderMetadata &meta = parsed->metadata;
        out << u"metadata: %1 | %2 | %3 | %4 | %5\n"_s.arg(meta.company, meta.ticker, meta.fiscalPeriod,
                                                           meta.date, meta.title);
        for (const Participant &person : parsed->roster)
            out << u"roster: %1 | %2 | %3 | %4\n"_s.arg(person.name, person.title, person.firm, person.role);
        for (const ParsedSection &section : parsed->sections)
            for (const ParsedTurn &turn : section.turns)
                out << u"%1 %2 q%3 L%4 [%5|%6|%7] %8\n"_s.arg(sectionKindName(section.kind), -8)
                           .arg(turn.role, -9)
                           .arg(turn.question)
                           .arg(turn.sourceLines.first().number)
                           .arg(turn.speaker, turn.speakerTitle, turn.firm,
                                turn.text.left(70).replace(u'\n', u' '));
        return 0;
    }

    int files = 0;
    int questionFiles = 0;
    int quotes = 0;
    int quotesRight = 0;
    int askers = 0;
    int askersRight = 0;
    int headingFiles = 0;
    int headingSpeakers = 0;
    int metadataFields = 0;
    int metadataRight = 0;
    int lossFiles = 0;
    int otherSpeakers = 0;
    out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"file"_s, -40)
               .arg(u"questions"_s, -10)
               .arg(u"quotes"_s, -8)
               .arg(u"askers"_s, -8)
               .arg(u"headings"_s, -9)
               .arg(u"metadata"_s);
    for (const QString &path : corpusFiles(directory)) {
        TranscriptTruth truth;
        QString error;
        QFile file(path);
        if (!TranscriptTruth::load(path, &truth, &error) || !file.open(QIODevice::ReadOnly)) {
            out << QFileInfo(path).fileName() << u": "_s << error << u"\n"_s;
            continue;
        }
        const auto decoded = TextDecoder::decode(file.readAll(), &error);
        const auto parsed = decoded ? TranscriptParser::parse(decoded->text, &error) : std::nullopt;
        ++files;
        const ParsedTranscript empty;
        const TranscriptScore score =
            scoreTranscript(decoded ? decoded->text : QString(), parsed ? *parsed : empty, truth);
        questionFiles += score.questionsRight ? 1 : 0;
        quotes += int(truth.quotes.size());
        quotesRight += score.quotesRight;
        askers += int(truth.questioners.size());
        askersRight += score.questionersRight;
        headingFiles += score.headingSpeakers.isEmpty() ? 0 : 1;
        headingSpeakers += int(score.headingSpeakers.size());
        metadataFields += score.metadataFields;
        metadataRight += score.metadataRight;
        lossFiles += score.linesLost.isEmpty() ? 0 : 1;
        otherSpeakers += int(score.otherSpeakers.size());
        out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(QFileInfo(path).fileName(), -40)
                   .arg(u"%1/%2%3"_s.arg(score.parsedQuestions)
                            .arg(truth.questions)
                            .arg(score.questionsRight ? u" ok"_s : u""_s),
                        -10)
                   .arg(u"%1/%2"_s.arg(score.quotesRight).arg(truth.quotes.size()), -8)
                   .arg(u"%1/%2"_s.arg(score.questionersRight).arg(truth.questioners.size()), -8)
                   .arg(QString::number(score.headingSpeakers.size()), -9)
                   .arg(u"%1/%2"_s.arg(score.metadataRight).arg(score.metadataFields));
        if (verbose) {
            for (const QStringList *list :
                 {&score.quoteFailures, &score.questionerFailures, &score.headingSpeakers,
                  &score.otherSpeakers, &score.metadataFailures, &score.linesLost})
                for (const QString &line : *list)
                    out << u"    "_s << line << u"\n"_s;
        }
    }
    const auto percent = [](int part, int whole) { return whole ? 100.0 * part / whole : 0.0; };
    out << u"\nquestion count right: %1/%2 files\n"_s.arg(questionFiles).arg(files);
    out << u"quotes to the right speaker: %1/%2 (%3%)\n"_s.arg(quotesRight)
               .arg(quotes)
               .arg(percent(quotesRight, quotes), 0, 'f', 1);
    out << u"questions with the right asker: %1/%2 (%3%)\n"_s.arg(askersRight)
               .arg(askers)
               .arg(percent(askersRight, askers), 0, 'f', 1);
    out << u"headings read as speakers: %1 in %2 files\n"_s.arg(headingSpeakers).arg(headingFiles);
    out << u"metadata fields right: %1/%2\n"_s.arg(metadataRight).arg(metadataFields);
    out << u"speakers the truth does not know: %1\n"_s.arg(otherSpeakers);
    out << u"files losing a line: %1\n"_s.arg(lossFiles);
    return 0;
}
