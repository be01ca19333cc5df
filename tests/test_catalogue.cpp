// The indicator catalogue is data: the bundled one is valid and complete, broken ones are
// refused with reasons.
#include "indicatorcatalogue.h"
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
