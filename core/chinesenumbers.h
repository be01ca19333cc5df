#pragma once
// Finds the numbers written in Chinese text: Arabic digits (with separators, decimals, stray
// spaces), Chinese numerals (零〇两, financial capitals 壹贰叁), mixed forms (3万5千), 万/亿
// multipliers, percentages (93.75%, 百分之九十), 百分点 changes, fractions (三分之一) and money
// (219.4万元). Dates, document numbers, phone numbers, list markers and names (八五普法, 三项制度)
// are not numbers. Works on folded text (see TextFolder); offsets are UTF-16 offsets.
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fz {

enum class NumberKind { Number, Percent, Money };

struct NumberToken {
    int start = 0;
    int end = 0;              // exclusive; money includes 元, percent includes %/百分之
    double value = 0;         // money in yuan, percent 0-100
    NumberKind kind = NumberKind::Number;
    bool approximate = false; // 余 多 近 约 逾 超过 左右 ...
    bool change = false;      // 个百分点: a difference, not a level
    bool chinese = false;     // written with Chinese numerals
    bool integral = true;     // no fractional part
    bool sequence = false;    // Chinese digits read one by one (二〇一六)
    bool range = false;       // internal: 二三十 names a range and is skipped
};

class NumberRecognizer
{
public:
    static const NumberRecognizer &instance();

    QVector<NumberToken> find(QStringView folded, int from = 0, int to = -1) const;

    // The measure word or unit that follows position pos (spaces skipped), longest first;
    // returns its length and sets *unitStart; 0 when none.
    int measureAt(QStringView folded, int pos, int *unitStart = nullptr) const;

    static QString kindName(NumberKind kind);

private:
    NumberRecognizer();
    bool insideName(QStringView text, int start, int end) const;
    bool parseAt(QStringView text, int pos, int limit, NumberToken *out) const;

    QStringList m_measures;           // longest first
    QHash<char16_t, QStringList> m_measuresByFirst;
    QHash<char16_t, QStringList> m_namesByFirst;
    int m_maxNameLength = 0;
};

// Parses a string that is just a number ("219.4万", "十三", "93.75%"); used for values typed by
// analysts. Returns false when the text holds no number.
bool parseNumberText(const QString &text, double *value, NumberKind *kind = nullptr);

} // namespace fz
