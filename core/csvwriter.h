#pragma once
// CSV as spreadsheet programs read it: UTF-8 with a byte order mark (so Excel shows Chinese),
// CRLF line ends, fields quoted when they hold commas, quotes or line breaks.
#include <QByteArray>
#include <QStringList>

namespace fz {

class CsvWriter
{
public:
    void row(const QStringList &fields);
    QByteArray bytes() const { return QByteArray("\xEF\xBB\xBF") + m_data; }
    static QString escape(const QString &field);

private:
    QByteArray m_data;
};

} // namespace fz
