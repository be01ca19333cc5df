#pragma once
// China's administrative divisions (GB/T 2260), bundled as a resource: provinces, prefecture
// cities, county-level districts and counties, townships and streets. Resolves a name written in
// a report to the division(s) it may be, and those to their enclosing divisions.
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <bitset>
#include <unordered_map>

namespace fz {

enum class DivisionLevel { Province, City, District, Street };

struct Division {
    QString code;       // 2, 4, 6 or 9 digits
    QString name;       // simplified, as in the standard
    DivisionLevel level;
    int parent = -1;    // index of the enclosing division, -1 for a province
};

struct GazetteerHit {
    int start = 0;      // offset in the text searched
    int length = 0;
    QVector<int> divisions; // every division with that name
};

class Gazetteer
{
public:
    static const Gazetteer &instance();

    int size() const { return int(m_divisions.size()); }
    const Division &at(int index) const { return m_divisions.at(index); }
    QVector<int> lookup(const QString &name) const { return m_byName.value(name); }
    // The divisions whose name, folded, is `folded` (干安县 finds 乾安县).
    QVector<int> lookupFolded(const QString &folded) const { return m_byFoldedName.value(folded); }
    int byCode(const QString &code) const { return m_byCode.value(code, -1); }

    // Enclosing divisions, nearest first.
    QVector<int> ancestors(int index) const;
    QStringList ancestorNames(int index) const;
    bool isAncestor(int ancestor, int index) const;
    int province(int index) const;

    // Every division name written in the (folded) text; at each position the longest name wins.
    // Streets and townships are found only when withStreets is true.
    QVector<GazetteerHit> findAll(QStringView folded, bool withStreets) const;

    // Names of the same stem with another county-level suffix (静海县 <-> 静海区), for renamed divisions.
    QVector<int> lookupRenamed(const QString &name) const;

    static QString levelName(DivisionLevel level);

private:
    Gazetteer();
    QVector<Division> m_divisions;
    QHash<QString, QVector<int>> m_byName;
    QHash<QString, QVector<int>> m_byFoldedName; // the names as folded text spells them
    // The names spelled backwards as a trie, so that findAll walks back from a name's last
    // character only as far as some name goes: edges keyed by (node << 16 | character).
    std::unordered_map<quint64, int> m_reverseEdges;
    QVector<const QVector<int> *> m_nameAtNode; // the divisions whose name ends at a node, or null
    std::bitset<65536> m_lastCharacters;        // the trie's first characters: where findAll probes
    QHash<QString, int> m_byCode;
    int m_maxNameLength = 0;
};

// The province and prefecture city a report belongs to, for filters: the province is the last
// enclosing division (or the region itself at province level); the city is the enclosing
// division at city level (or the region itself when it is a city).
struct DivisionContext {
    QString province;
    QString city;
};
DivisionContext divisionContext(const QString &region, const QStringList &parents, const QString &level);
QStringList parentsFromJson(const QString &json);

} // namespace fz
