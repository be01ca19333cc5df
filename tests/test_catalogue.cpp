// The indicator catalogue is data: the bundled one is valid and complete, broken ones are
// refused with reasons.
#include "democorpus.h"
#include "indicatorcatalogue.h"
#include "sentencepattern.h"
#include "textfold.h"
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fz;

class TestCatalogue : public QObject
{
    Q_OBJECT
    QByteArray bundled()
    {
        QFile f(QStringLiteral(":/fazhi/indicators/catalogue.json"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
private Q_SLOTS:
    void bundledIsValid()
    {
        QStringList errors;
        const IndicatorCatalogue c = IndicatorCatalogue::fromJson(bundled(), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1String("; "))));
        for (const QString &k : IndicatorCatalogue::requiredCoreKeys()) {
            const IndicatorDef *d = c.indicator(k);
            QVERIFY2(d, qPrintable(k));
            QVERIFY(d->core);
            QVERIFY(!d->zh.isEmpty() && !d->en.isEmpty());
            QVERIFY(c.family(d->family));
        }
    }
    void furtherKeysArePresent()
    {
        const IndicatorCatalogue &c = IndicatorCatalogue::builtin();
        for (const char *k : {"enforcement.certified_officers", "documents.normative", "disclosure.requests",
                              "disclosure.published", "proposals.handled", "legal_advisers", "mediation.cases",
                              "mediation.success_rate", "petitions", "litigation.lost"})
            QVERIFY2(c.indicator(QString::fromLatin1(k)), k);
        QCOMPARE(c.families().size(), 5);
    }
    void phrasesAreFolded()
    {
        const IndicatorCatalogue &c = IndicatorCatalogue::builtin();
        for (const TopicDef &t : c.topics())
            for (const QString &p : t.phrases)
                QVERIFY2(!p.contains(u'複') && !p.contains(u'處'), qPrintable(p));
    }
    void keysForUsesActionsThenDefaults()
    {
        const IndicatorCatalogue &c = IndicatorCatalogue::builtin();
        const int recon = c.topicIndex(QStringLiteral("reconsideration"));
        const int received = c.actionIndex(QStringLiteral("received"));
        QCOMPARE(c.keysFor(recon, {received}, QStringLiteral("件")).first()->key, QStringLiteral("reconsideration.received"));
        QCOMPARE(c.keysFor(recon, {}, QStringLiteral("件")).first()->key, QStringLiteral("reconsideration.accepted"));
        QVERIFY(c.keysFor(recon, {}, QStringLiteral("元")).isEmpty());
        const int court = c.topicIndex(QStringLiteral("court"));
        QCOMPARE(c.keysFor(court, {}, QStringLiteral("%")).first()->key, QStringLiteral("court.appearance_rate"));
        QCOMPARE(c.keysFor(court, {}, QStringLiteral("件")).first()->key, QStringLiteral("court.appearances"));
    }
    // Zero statements and other periods are matched only in sentences holding one of their
    // mandatory words; what is found must be what a scan of the whole text finds.
    void patternWordsAreMandatory()
    {
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("(未发生|无)[^,;。败]{0,12}败诉(的)?(案件)?")), QStringList{QStringLiteral("败诉")});
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("(行政)?复议案件(数)?[^,;。]{0,16}(均)?为(零|0)")), QStringList{QStringLiteral("复议案件")});
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("第?[一二]季度")),
                 (QStringList{QStringLiteral("一季度"), QStringLiteral("二季度")}));
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("(?<![0-9])1\\s*[-—至]\\s*(?:[1-9]|1[01])\\s*月")), QStringList{QStringLiteral("月")});
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("行政处罚案件?")), QStringList{QStringLiteral("行政处罚案")});
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("[0-9]{4}")), QStringList());
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("十[一二]五[”\"」]?(期间|以来)")),
                 (QStringList{QStringLiteral("十一五"), QStringLiteral("十二五")}));
        QCOMPARE(SentencePatterns::mandatoryWords(QStringLiteral("[二三]年(?:来|间)|近年")).size(), 0); // two alternatives
        QVERIFY(SentencePatterns::staysInSentence(QStringLiteral("(未发生|无)[^,;。败]{0,12}败诉")));
        QVERIFY(SentencePatterns::staysInSentence(QStringLiteral("截[至止][0-9]{4}\\s*年")));
        QVERIFY(!SentencePatterns::staysInSentence(QStringLiteral("未发生.{0,12}败诉")));
        QVERIFY(!SentencePatterns::staysInSentence(QStringLiteral("未发生[^,;]{0,12}败诉")));
        QVERIFY(!SentencePatterns::staysInSentence(QStringLiteral("未发生[\\x{3000}-\\x{3010}]败诉")));
        QVERIFY(!SentencePatterns::staysInSentence(QStringLiteral("未发生[、-〇]败诉")));
        QVERIFY(!SentencePatterns::staysInSentence(QStringLiteral("败诉$")));
        // A pattern with no mandatory word is scanned whole.
        SentencePatterns two;
        QVERIFY(two.anchors(two.add(QStringList{QStringLiteral("败诉"), QStringLiteral("[0-9]+(件|起)")})).isEmpty());
        QCOMPARE(two.anchors(two.add(QStringLiteral("零复议"))), QStringList{QStringLiteral("零复议")});
    }
    void sentenceScansFindWhatWholeScansFind()
    {
        QStringList errors;
        const IndicatorCatalogue c = IndicatorCatalogue::fromJson(bundled(), &errors);
        SentencePatterns patterns;
        for (const ZeroRule &z : c.cues().zeroStatements)
            patterns.add(z.pattern);
        patterns.add(c.cues().otherPeriods);
        patterns.add(c.cues().sinceYear);
        int anchored = 0;
        for (int p = 0; p < patterns.size(); ++p)
            anchored += patterns.anchors(p).isEmpty() ? 0 : 1;
        QVERIFY(anchored >= patterns.size() - 1);
        QStringList texts{QStringLiteral("全年未发生行政诉讼败诉案件。行政复议案件数为零。1-11月受理复议3件"),
                          QStringLiteral("2019年以来累计办理。上半年无行政复议案件，诉讼案件均为0。")};
        DemoOptions o;
        o.count = 60;
        DemoCorpus::generate(o, [&](DemoReport &&r) { texts << fold(r.text); });
        // The test sets' UTF-8 reports: real phrasings the demo does not write.
        QDirIterator files(QStringLiteral(FAZHI_TEST_DATA), {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                texts << fold(QString::fromUtf8(f.readAll()));
        }
        int matches = 0;
        for (const QString &t : std::as_const(texts)) {
            const QVector<PhraseHit> words = patterns.wordsIn(t);
            for (int p = 0; p < patterns.size(); ++p) {
                QList<QPair<qsizetype, qsizetype>> whole, bySentence;
                QRegularExpressionMatchIterator it = patterns.expression(p).globalMatch(t);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    whole.append({m.capturedStart(), m.capturedEnd()});
                }
                patterns.forEachMatch(p, t, words, [&](const QRegularExpressionMatch &m) {
                    bySentence.append({m.capturedStart(), m.capturedEnd()});
                });
                QCOMPARE(bySentence, whole);
                matches += int(whole.size());
            }
        }
        QVERIFY2(matches > 200, qPrintable(QString::number(matches)));
    }
    void brokenCataloguesAreRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(bundled()).object();
        QStringList errors;
        // A core key removed.
        QJsonArray inds = root.value(QLatin1String("indicators")).toArray();
        QJsonObject noCore = root;
        QJsonArray filtered;
        for (const QJsonValue &v : inds)
            if (v.toObject().value(QLatin1String("key")).toString() != QLatin1String("penalty.amount"))
                filtered.append(v);
        noCore.insert(QStringLiteral("indicators"), filtered);
        IndicatorCatalogue::fromJson(QJsonDocument(noCore).toJson(), &errors);
        QVERIFY(errors.join(u' ').contains(QLatin1String("penalty.amount")));
        // An unknown topic and a bad colour.
        QJsonObject bad = inds.at(0).toObject();
        bad.insert(QStringLiteral("key"), QStringLiteral("x.y"));
        bad.insert(QStringLiteral("topic"), QStringLiteral("nosuchtopic"));
        inds.append(bad);
        QJsonObject broken = root;
        broken.insert(QStringLiteral("indicators"), inds);
        QJsonArray fams = root.value(QLatin1String("families")).toArray();
        QJsonObject f0 = fams.at(0).toObject();
        f0.insert(QStringLiteral("color"), QStringLiteral("green"));
        fams.replace(0, f0);
        broken.insert(QStringLiteral("families"), fams);
        IndicatorCatalogue::fromJson(QJsonDocument(broken).toJson(), &errors);
        const QString all = errors.join(u' ');
        QVERIFY2(all.contains(QLatin1String("nosuchtopic")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("colour")), qPrintable(all));
        IndicatorCatalogue::fromJson("not json", &errors);
        QVERIFY(!errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
