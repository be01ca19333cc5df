#include "extractionscore.h"
#include "indicatorcatalogue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

namespace fz {

namespace {
bool same(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
}

double ExtractionScore::precision() const
{
    return truePositives + falsePositives ? double(truePositives) / (truePositives + falsePositives) : 0;
}

double ExtractionScore::recall() const
{
    return truePositives + falseNegatives ? double(truePositives) / (truePositives + falseNegatives) : 0;
}

double ExtractionScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r ? 2 * p * r / (p + r) : 0;
}

QString ExtractionScore::summary() const
{
    return QStringLiteral("SCORE mention_f1=%1 headline_acc=%2 meta_acc=%3")
        .arg(f1(), 0, 'f', 3).arg(headlineAccuracy(), 0, 'f', 3).arg(metadataAccuracy(), 0, 'f', 3);
}

ExtractionScore scoreExtraction(const QJsonObject &gold, const QVector<ReportAnalysis> &analyses)
{
    ExtractionScore s;
    const QStringList core = IndicatorCatalogue::requiredCoreKeys();
    QHash<QString, const ReportAnalysis *> byName;
    for (const ReportAnalysis &a : analyses)
        byName.insert(QFileInfo(a.path).fileName(), &a);
    for (auto it = gold.begin(); it != gold.end(); ++it) {
        const QJsonObject g = it.value().toObject();
        const ReportAnalysis *a = byName.value(it.key());
        QVector<const Mention *> got;
        if (a) {
            for (const Mention &m : a->mentions)
                if (core.contains(m.key))
                    got.append(&m);
        } else {
            s.problems << QStringLiteral("%1: no prediction").arg(it.key());
        }
        QVector<bool> used(got.size(), false);
        auto take = [&](const QJsonObject &m) {
            for (int k = 0; k < got.size(); ++k)
                if (!used[k] && got[k]->key == m.value(QLatin1String("key")).toString() &&
                    same(got[k]->value, m.value(QLatin1String("value")).toDouble())) {
                    used[k] = true;
                    return true;
                }
            return false;
        };
        const QJsonArray mentions = g.value(QLatin1String("mentions")).toArray();
        for (const QJsonValue &v : mentions) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("optional")).toBool())
                continue;
            if (take(m)) {
                ++s.truePositives;
            } else {
                ++s.falseNegatives;
                s.problems << QStringLiteral("%1: missed %2=%3 «%4»").arg(it.key(), m.value(QLatin1String("key")).toString())
                                  .arg(m.value(QLatin1String("value")).toDouble()).arg(m.value(QLatin1String("quote")).toString());
            }
        }
        for (const QJsonValue &v : mentions)
            if (v.toObject().value(QLatin1String("optional")).toBool())
                take(v.toObject());
        for (int k = 0; k < got.size(); ++k) {
            if (used[k])
                continue;
            ++s.falsePositives;
            s.problems << QStringLiteral("%1: wrong %2=%3 «%4»").arg(it.key(), got[k]->key).arg(got[k]->value)
                              .arg(a->text.mid(got[k]->contextStart, got[k]->contextEnd - got[k]->contextStart));
        }
        const QJsonObject heads = g.value(QLatin1String("headline")).toObject();
        for (auto h = heads.begin(); h != heads.end(); ++h) {
            ++s.headlines;
            QVector<double> have;
            for (const Mention *m : got)
                if (m->headline && m->key == h.key())
                    have << m->value;
            const bool ok = h.value().isNull() ? have.isEmpty()
                                               : (have.size() == 1 && same(have.first(), h.value().toDouble()));
            if (ok) {
                ++s.headlinesRight;
            } else {
                QStringList values;
                for (double v : have) values << QString::number(v, 'g', 12);
                s.problems << QStringLiteral("%1: headline %2 want %3 got [%4]").arg(it.key(), h.key(),
                                  h.value().isNull() ? QStringLiteral("none") : QString::number(h.value().toDouble(), 'g', 12),
                                  values.join(QLatin1String(", ")));
            }
        }
        for (const char *field : {"region", "year", "level"}) {
            ++s.metadata;
            const QJsonValue want = g.value(QLatin1String(field));
            bool ok = false;
            if (a) {
                if (qstrcmp(field, "year") == 0) ok = want.isNull() ? a->meta.year == 0 : want.toInt() == a->meta.year;
                else if (qstrcmp(field, "region") == 0) ok = want.toString() == a->meta.region;
                else ok = want.toString() == a->meta.level;
            }
            if (ok) ++s.metadataRight;
            else s.problems << QStringLiteral("%1: %2 wrong").arg(it.key(), QLatin1String(field));
        }
    }
    return s;
}

} // namespace fz
