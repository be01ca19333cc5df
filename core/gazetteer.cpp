#include "gazetteer.h"
#include "textfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace fz {

Gazetteer::Gazetteer()
{
    QFile f(QStringLiteral(":/fazhi/gazetteer/divisions.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QString all = QString::fromUtf8(f.readAll());
    m_divisions.reserve(45000);
    for (QStringView line : QStringView(all).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            continue;
        Division d;
        d.code = line.left(tab).toString();
        d.name = line.mid(tab + 1).trimmed().toString();
        switch (d.code.size()) {
        case 2: d.level = DivisionLevel::Province; break;
        case 4: d.level = DivisionLevel::City; break;
        case 6: d.level = DivisionLevel::District; break;
        default: d.level = DivisionLevel::Street; break;
        }
        // The nearest present prefix is the parent (municipalities have no city row).
        for (int len : {6, 4, 2}) {
            if (len >= d.code.size())
                continue;
            const int p = m_byCode.value(d.code.left(len), -1);
            if (p >= 0) {
                d.parent = p;
                break;
            }
        }
        const int index = int(m_divisions.size());
        m_byCode.insert(d.code, index);
        m_byName[d.name].append(index);
        m_maxNameLength = qMax(m_maxNameLength, int(d.name.size()));
        m_divisions.append(d);
    }
    // Texts are searched folded, and folding turns some characters of place names into others
    // (乾安县 reads 干安县): the trie holds the folded names, each with every division it may be.
    for (auto it = m_byName.constBegin(); it != m_byName.constEnd(); ++it) {
        QVector<int> &ids = m_byFoldedName[fold(it.key())];
        for (int id : it.value())
            if (!ids.contains(id))
                ids.append(id);
    }
    m_nameAtNode.append(nullptr); // the root
    for (auto it = m_byFoldedName.constBegin(); it != m_byFoldedName.constEnd(); ++it) {
        if (!it.key().isEmpty())
            m_lastCharacters.set(it.key().back().unicode());
        int node = 0;
        for (qsizetype i = it.key().size() - 1; i >= 0; --i) {
            const quint64 edge = (quint64(node) << 16) | it.key().at(i).unicode();
            const auto [child, added] = m_reverseEdges.emplace(edge, int(m_nameAtNode.size()));
            if (added)
                m_nameAtNode.append(nullptr);
            node = child->second;
        }
        m_nameAtNode[node] = &it.value();
    }
}

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer g;
    return g;
}

QVector<int> Gazetteer::ancestors(int index) const
{
    QVector<int> out;
    for (int p = m_divisions.at(index).parent; p >= 0; p = m_divisions.at(p).parent)
        out.append(p);
    return out;
}

QStringList Gazetteer::ancestorNames(int index) const
{
    QStringList out;
    for (int p : ancestors(index))
        out << m_divisions.at(p).name;
    return out;
}

bool Gazetteer::isAncestor(int ancestor, int index) const
{
    for (int p = m_divisions.at(index).parent; p >= 0; p = m_divisions.at(p).parent)
        if (p == ancestor)
            return true;
    return false;
}

int Gazetteer::province(int index) const
{
    int p = index;
    while (m_divisions.at(p).parent >= 0)
        p = m_divisions.at(p).parent;
    return p;
}

QVector<GazetteerHit> Gazetteer::findAll(QStringView text, bool withStreets) const
{
    // Names end in one of a few characters (省 市 区 县 镇 道 ...): probe only there, then keep the
    // longest name at each place, left to right without overlaps.
    QVector<GazetteerHit> candidates;
    const int n = int(text.size());
    for (int end = 1; end < n; ++end) {
        if (!m_lastCharacters.test(text.at(end).unicode()))
            continue;
        // The longest name ending here (two characters at least) that has a division of the
        // levels asked for.
        int node = 0;
        QVector<int> bestIds;
        int bestLength = 0;
        for (int i = end, len = 1; i >= 0 && len <= m_maxNameLength; --i, ++len) {
            const auto edge = m_reverseEdges.find((quint64(node) << 16) | text.at(i).unicode());
            if (edge == m_reverseEdges.end())
                break;
            node = edge->second;
            const QVector<int> *names = m_nameAtNode.at(node);
            if (!names || len < 2)
                continue;
            QVector<int> ids;
            for (int id : *names)
                if (withStreets || m_divisions.at(id).level != DivisionLevel::Street)
                    ids.append(id);
            if (ids.isEmpty())
                continue;
            bestIds = std::move(ids);
            bestLength = len;
        }
        if (bestLength > 0)
            candidates.append({end + 1 - bestLength, bestLength, bestIds});
    }
    std::sort(candidates.begin(), candidates.end(), [](const GazetteerHit &a, const GazetteerHit &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QVector<GazetteerHit> hits;
    int covered = 0;
    for (const GazetteerHit &h : candidates) {
        if (h.start < covered) {
            // A longer name that ends later but starts inside the previous one replaces it.
            if (!hits.isEmpty() && h.start == hits.last().start && h.length > hits.last().length) {
                hits.last() = h;
                covered = h.start + h.length;
            }
            continue;
        }
        hits.append(h);
        covered = h.start + h.length;
    }
    return hits;
}

QVector<int> Gazetteer::lookupRenamed(const QString &name) const
{
    static const QStringList suffixes = {QStringLiteral("县"), QStringLiteral("区"), QStringLiteral("市")};
    QVector<int> out;
    for (const QString &s : suffixes) {
        if (!name.endsWith(s) || name.size() < 3)
            continue;
        const QString stem = name.left(name.size() - 1);
        for (const QString &other : suffixes) {
            if (other == s)
                continue;
            for (int id : m_byName.value(stem + other))
                if (m_divisions.at(id).level == DivisionLevel::District)
                    out.append(id);
        }
    }
    return out;
}

DivisionContext divisionContext(const QString &region, const QStringList &parents, const QString &level)
{
    DivisionContext c;
    const Gazetteer &g = Gazetteer::instance();
    auto isLevel = [&](const QString &name, DivisionLevel l) {
        for (int id : g.lookup(name))
            if (g.at(id).level == l) return true;
        return false;
    };
    if (!parents.isEmpty())
        c.province = parents.last();
    else if (level == QLatin1String("province") || isLevel(region, DivisionLevel::Province))
        c.province = region;
    if (level == QLatin1String("city") || (parents.size() == 1 && isLevel(region, DivisionLevel::City)))
        c.city = region;
    for (const QString &p : parents)
        if (p != c.province && isLevel(p, DivisionLevel::City)) {
            c.city = p;
            break;
        }
    return c;
}

QStringList parentsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString Gazetteer::levelName(DivisionLevel level)
{
    switch (level) {
    case DivisionLevel::Province: return QStringLiteral("province");
    case DivisionLevel::City: return QStringLiteral("city");
    case DivisionLevel::District: return QStringLiteral("district");
    case DivisionLevel::Street: return QStringLiteral("street");
    }
    return {};
}

} // namespace fz
