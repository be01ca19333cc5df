#include "csvwriter.h"

namespace fz {

QString CsvWriter::escape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString f = field;
    f.replace(u'"', QLatin1String("\"\""));
    return u'"' + f + u'"';
}

void CsvWriter::row(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &f : fields)
        escaped << escape(f);
    m_data += escaped.join(u',').toUtf8() + "\r\n";
}

} // namespace fz
