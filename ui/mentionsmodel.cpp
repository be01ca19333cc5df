#include "mentionsmodel.h"
#include "chinesenumbers.h"
#include "indicatorstyle.h"
#include "textoffsets.h"
#include "valueformat.h"

#include <QBrush>
#include <QFont>

namespace fz {

void MentionsModel::setMentions(const QVector<StoredMention> &mentions)
{
    beginResetModel();
    m_mentions = mentions;
    endResetModel();
}

const StoredMention *MentionsModel::mention(int row) const
{
    return row >= 0 && row < m_mentions.size() ? &m_mentions.at(row) : nullptr;
}

int MentionsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_mentions.size(); ++i)
        if (m_mentions.at(i).id == id) return i;
    return -1;
}

int MentionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_mentions.size()); }
int MentionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MentionsModel::data(const QModelIndex &index, int role) const
{
    const StoredMention *m = mention(index.row());
    if (!m)
        return {};
    const int c = index.column();
    if (role == Qt::DisplayRole) {
        switch (c) {
        case Headline: return m->headline ? QStringLiteral("★") : QString();
        case Indicator: return IndicatorStyle::name(m->key);
        case Value: return (m->approximate ? QStringLiteral("≈") : QString()) + groupDigits(m->value);
        case Unit: return m->unit;
        case State: {
            QStringList s;
            if (!m->active()) s << tr("rejected");
            if (m->source == QLatin1String("manual")) s << tr("manual");
            if (m->edited) s << tr("corrected");
            return s.join(QStringLiteral(", "));
        }
        case Sentence: return m->sentence;
        default: return {};
        }
    }
    if (role == Qt::EditRole && c == Value)
        return QString::number(m->value, 'g', 15);
    if (role == Qt::CheckStateRole && c == Verified)
        return m->verified ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return IndicatorStyle::tooltip(*m) + QStringLiteral("<br/>") + m->sentence.toHtmlEscaped();
    if (role == Qt::DecorationRole && c == Indicator) {
        return IndicatorStyle::swatch(IndicatorStyle::familyColor(m->key));
    }
    if (role == Qt::ForegroundRole && !m->active())
        return QBrush(Qt::gray);
    if (role == Qt::FontRole && (m->headline || !m->active())) {
        QFont f;
        f.setBold(m->headline);
        f.setStrikeOut(!m->active());
        return f;
    }
    if (role == Qt::TextAlignmentRole && (c == Value || c == Headline))
        return int((c == Value ? Qt::AlignRight : Qt::AlignHCenter) | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return m->id;
    return {};
}

QVariant MentionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Headline) return tr("Headline: the value that stands for the whole body and year");
        if (section == Verified) return tr("Verified by an analyst (Space)");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline: return QStringLiteral("★");
    case Verified: return QStringLiteral("✓");
    case Indicator: return tr("Indicator");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case State: return tr("State");
    case Sentence: return tr("Sentence");
    default: return {};
    }
}

Qt::ItemFlags MentionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Value) f |= Qt::ItemIsEditable;
    if (index.column() == Verified) f |= Qt::ItemIsUserCheckable;
    return f;
}

bool MentionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const StoredMention *m = mention(index.row());
    if (!m || !m_edit)
        return false;
    if (index.column() == Value && role == Qt::EditRole) {
        double v = 0;
        if (!parseNumberText(value.toString(), &v) || v == m->value)
            return false;
        m_edit(*m, Value, v);
        return true;
    }
    if (index.column() == Verified && role == Qt::CheckStateRole) {
        m_edit(*m, Verified, value.toInt() == Qt::Checked);
        return true;
    }
    return false;
}

void AnnotationsModel::setAnnotations(const QVector<Annotation> &annotations, const QString &text)
{
    beginResetModel();
    m_annotations = annotations;
    m_spans.clear();
    const OffsetMap map(text);
    for (const Annotation &a : annotations) {
        const int s = map.toUtf16(a.start), e = map.toUtf16(a.end);
        m_spans << text.mid(s, e - s).simplified();
    }
    endResetModel();
}

const Annotation *AnnotationsModel::annotation(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations.at(row) : nullptr;
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_annotations.size()); }
int AnnotationsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = annotation(index.row());
    if (!a)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == Text ? m_spans.at(index.row()) : a->note;
    if (role == Qt::EditRole && index.column() == Note)
        return a->note;
    if (role == Qt::DecorationRole && index.column() == Text)
        return IndicatorStyle::swatch(QColor(a->color));
    if (role == Qt::UserRole)
        return a->id;
    return {};
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Text ? tr("Text") : tr("Note");
}

Qt::ItemFlags AnnotationsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Note) f |= Qt::ItemIsEditable;
    return f;
}

bool AnnotationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Annotation *a = annotation(index.row());
    if (!a || role != Qt::EditRole || index.column() != Note || value.toString() == a->note || !m_note)
        return false;
    m_note(*a, value.toString());
    return true;
}

} // namespace fz
