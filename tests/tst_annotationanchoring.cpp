#include "annotations/AnnotationAnchoring.h"
#include "annotations/AnnotationRepository.h"
#include "annotations/CallReimporter.h"
#include "calls/CallImporter.h"
#include "sample/SampleLibrary.h"
#include "store/LibraryStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using AnnotationAnchoring::OldAnchor;
using AnnotationAnchoring::TurnText;

class TestAnnotationAnchoring : public QObject
{
    Q_OBJECT

private:
    static QString seedText()
    {
        QFile file(QStringLiteral(ER_SEED_FILE));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    const TurnRecord *turnContaining(const CallRecord &call, const QString &text)
    {
        for (const SectionRecord &section : call.sections) {
            for (const TurnRecord &turn : section.turns) {
                if (turn.text.contains(text))
                    return &turn;
            }
        }
        return nullptr;
    }

    // Highlights `quote` where it first occurs in the call.
    std::optional<Annotation> highlight(const CallRecord &call, const QString &quote, const QString &note)
    {
        const TurnRecord *turn = turnContaining(call, quote);
        if (!turn)
            return std::nullopt;
        Annotation a;
        a.turnId = turn->id;
        a.start = int(turn->text.indexOf(quote));
        a.end = a.start + int(quote.size());
        a.note = note;
        QString error;
        return m_repo->add(a, &error);
    }

private slots:
    void place_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("oldOrdinal");
        QTest::addColumn<int>("oldStart");
        QTest::addColumn<qint64>("turn");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        // Turns: 1 "alpha beta gamma", 2 "beta again, beta", 3 "gross  margin\nimproves"
        QTest::newRow("unchanged") << u"beta"_s << 0 << 6 << qint64(1) << 6 << 10;
        QTest::newRow("same turn preferred over nearer offset elsewhere")
            << u"beta"_s << 1 << 5 << qint64(2) << 0 << 4;
        QTest::newRow("nearest occurrence in the turn") << u"beta"_s << 1 << 12 << qint64(2) << 12 << 16;
        QTest::newRow("moved to another turn") << u"gamma"_s << 2 << 0 << qint64(1) << 11 << 16;
        QTest::newRow("white space changed") << u"gross margin improves"_s << 2 << 0 << qint64(3) << 0 << 22;
        QTest::newRow("gone") << u"delta"_s << 0 << 0 << qint64(0) << 0 << 0;
        QTest::newRow("empty quote") << QString() << 0 << 0 << qint64(0) << 0 << 0;
    }

    void place()
    {
        QFETCH(QString, quote);
        QFETCH(int, oldOrdinal);
        QFETCH(int, oldStart);
        QFETCH(qint64, turn);
        QFETCH(int, start);
        QFETCH(int, end);
        const QList<TurnText> turns{{1, 0, u"alpha beta gamma"_s},
                                    {2, 1, u"beta again, beta"_s},
                                    {3, 2, u"gross  margin\nimproves"_s}};
        const auto p = AnnotationAnchoring::place(quote, OldAnchor{oldOrdinal, oldStart}, turns);
        QCOMPARE(p.turnId, turn);
        if (turn) {
            QCOMPARE(p.start, start);
            QCOMPARE(p.end, end);
        }
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LibraryStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(u"anchor%1.sqlite"_s.arg(++m_run)), &error), qPrintable(error));
        QVERIFY2(SampleLibrary::install(*m_store, &error), qPrintable(error));
        m_callId = m_store->calls().first().id;
        m_repo = std::make_unique<AnnotationRepository>(m_store.get());
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
    }

    void reimportWithEditedTextReplacesAnnotations()
    {
        const QString seed = seedText();
        QVERIFY(!seed.isEmpty());
        const CallRecord before = *m_store->call(m_callId);

        const QString keptQuote = u"事實上,我們看到,現在比以往任何時候都更傾向於采用統一的架構"_s;
        const QString shiftedQuote = u"毛利率將處於70%出頭的水平"_s;
        const QString goneQuote = u"讓我先來回答問題中關於毛利率的第一部分內容"_s;
        const QString spacedQuote = u"您對 NVL72 平台是否依然保持著熱情"_s;
        const auto kept = highlight(before, keptQuote, u"unified architecture"_s);
        const auto shifted = highlight(before, shiftedQuote, u"low 70s"_s);
        const auto gone = highlight(before, goneQuote, u"CFO takes the margin part"_s);
        const auto spaced = highlight(before, spacedQuote, u"NVL72"_s);
        QVERIFY(kept && shifted && gone && spaced);
        QVERIFY(!seed.contains(u"EXTRA"_s));

        // The corrected transcript: a sentence added before the shifted quote (same turn),
        // the gone quote reworded, white space dropped inside the spaced quote.
        QString edited = seed;
        const QString inserted = u"(以下為修訂稿。)"_s;
        QVERIFY(edited.contains(u"\n在我們擴大Blackwell產品的生產規模期間"_s));
        edited.replace(u"\n在我們擴大Blackwell產品的生產規模期間"_s,
                       u"\n"_s + inserted + u"在我們擴大Blackwell產品的生產規模期間"_s);
        const QString reworded = u"我先回答毛利率那部分"_s;
        edited.replace(goneQuote, reworded);
        edited.replace(u"您對 NVL72 平台"_s, u"您對NVL72平台"_s);
        const QString path = m_dir.filePath(u"edited.txt"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(edited.toUtf8());
        }

        CallReimporter reimporter(*m_store, *m_repo);
        const CallReimporter::Outcome outcome = reimporter.reimportFile(m_callId, path);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.unchanged);
        QCOMPARE(outcome.anchoring.kept, 1);
        QCOMPARE(outcome.anchoring.moved, 2);
        QCOMPARE(outcome.anchoring.unplaced.size(), 1);
        QCOMPARE(outcome.anchoring.unplaced.first().id, gone->id);

        const CallRecord after = *m_store->call(m_callId);
        QCOMPARE(after.summary.id, m_callId);
        QCOMPARE(after.summary.title, before.summary.title);
        QVERIFY(after.originalText.contains(inserted));
        // The analyst names from the sample's manifest are still there.
        QCOMPARE(after.speaker(after.questionTurn(3)->speakerId)->name, u"Vivek Arya"_s);

        const auto check = [&](const Annotation &old, const QString &quote) {
            const auto now = m_repo->annotation(old.id);
            QVERIFY(now);
            QVERIFY(now->isPlaced());
            const TurnRecord *turn = after.turn(now->turnId);
            QVERIFY2(turn, "placed on a turn of the new text");
            QCOMPARE(turn->text.mid(now->start, now->end - now->start), now->quote);
            QCOMPARE(now->quote, quote);
            QCOMPARE(now->note, old.note);
        };
        check(*kept, keptQuote);
        QCOMPARE(m_repo->annotation(kept->id)->start, kept->start);
        check(*shifted, shiftedQuote);
        // The rewording earlier in the same turn shortened it as well.
        QCOMPARE(m_repo->annotation(shifted->id)->start,
                 shifted->start + inserted.size() - goneQuote.size() + reworded.size());
        check(*spaced, u"您對NVL72平台是否依然保持著熱情"_s);

        // Not placed, but kept and listed, with its note.
        const QList<Annotation> unplaced = m_repo->unplacedAnnotations(m_callId);
        QCOMPARE(unplaced.size(), 1);
        QCOMPARE(unplaced.first().id, gone->id);
        QCOMPARE(unplaced.first().quote, goneQuote);
        QCOMPARE(unplaced.first().note, u"CFO takes the margin part"_s);
        QCOMPARE(m_repo->annotations(m_callId).size(), 4);

        // The same file again changes nothing.
        const CallReimporter::Outcome again = reimporter.reimportFile(m_callId, path);
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.unchanged);

        // Going back to the original text finds the lost quote again.
        const QString original = m_dir.filePath(u"original.txt"_s);
        {
            QFile file(original);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(seed.toUtf8());
        }
        const CallReimporter::Outcome back = reimporter.reimportFile(m_callId, original);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.anchoring.unplaced.size(), 0);
        QVERIFY(m_repo->annotation(gone->id)->isPlaced());
        QCOMPARE(m_repo->annotation(gone->id)->quote, goneQuote);
    }

    void aRefusedReimportChangesNothing()
    {
        const CallRecord before = *m_store->call(m_callId);
        const auto a = highlight(before, u"讓我先來回答"_s, u"note"_s);
        QVERIFY(a);
        CallReimporter reimporter(*m_store, *m_repo);

        const CallReimporter::Outcome missing =
            reimporter.reimportFile(m_callId, m_dir.filePath(u"nope.txt"_s));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(u"nope.txt"_s));

        const CallReimporter::Outcome noCall =
            reimporter.reimportBytes(9999, "Q1:Hi?\nCFO Jane:Yes.\n", u"x.txt"_s);
        QVERIFY(!noCall.ok);
        QVERIFY(noCall.error.contains(u"9999"_s));

        // A text that is already another call of the library is refused as a whole.
        const QByteArray other = "Q1:How is gross margin?\nCFO Jane:It improves.\n";
        QString error;
        LibraryStore &store = *m_store;
        {
            ParsedTranscript t;
            ParsedSection qa{SectionKind::QA, {}};
            qa.turns.append(
                {{}, {}, {}, QString::fromLatin1(Role::Analyst), 1, u"How is gross margin?"_s, {}});
            t.sections = {qa};
            CallMetadata meta;
            meta.title = u"Other"_s;
            meta.originalText = QString::fromUtf8(other);
            meta.contentHash = CallImporter::contentHash(meta.originalText);
            QVERIFY2(store.addCall(t, meta, &error), qPrintable(error));
        }
        const CallReimporter::Outcome clash = reimporter.reimportBytes(m_callId, other, u"other.txt"_s);
        QVERIFY(!clash.ok);
        QVERIFY(clash.error.contains(u"other.txt"_s));
        const CallRecord after = *m_store->call(m_callId);
        QCOMPARE(after.originalText, before.originalText);
        QCOMPARE(m_repo->annotation(a->id)->turnId, a->turnId);
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<AnnotationRepository> m_repo;
    qint64 m_callId = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationAnchoring)
#include "tst_annotationanchoring.moc"
