#include "librarypanel.h"
#include "librarymodel.h"
#include "librarysession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fz {

LibraryPanel::LibraryPanel(LibrarySession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new LibraryModel(session, this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the text of every report (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_province = new QComboBox(this);
    m_city = new QComboBox(this);
    m_level = new QComboBox(this);
    m_yearFrom = new QSpinBox(this);
    m_yearTo = new QSpinBox(this);
    for (QSpinBox *s : {m_yearFrom, m_yearTo}) {
        s->setRange(0, 2100);
        s->setSpecialValueText(QStringLiteral("—"));
    }
    m_yearFrom->setToolTip(tr("First year"));
    m_yearTo->setToolTip(tr("Last year"));
    m_unverified = new QCheckBox(tr("Unverified only"), this);
    m_count = new QLabel(this);
    m_level->addItem(tr("All levels"), QString());
    for (const char *l : {"province", "city", "district", "street", "department"})
        m_level->addItem(LibraryModel::levelLabel(QString::fromLatin1(l)), QString::fromLatin1(l));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryModel::Region, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnHidden(LibraryModel::Published, true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_province, 2);
    filters->addWidget(m_city, 2);
    filters->addWidget(m_level, 2);
    filters->addWidget(new QLabel(tr("Years"), this));
    filters->addWidget(m_yearFrom, 1);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_yearTo, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_unverified);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        const QString province = m_province->currentData().toString();
        m_city->blockSignals(true);
        m_city->clear();
        m_city->addItem(tr("All cities"), QString());
        for (const QString &c : m_model->cities(province))
            m_city->addItem(c, c);
        m_city->blockSignals(false);
        applyFilter();
    });
    for (QComboBox *c : {m_city, m_level})
        connect(c, &QComboBox::currentIndexChanged, this, &LibraryPanel::applyFilter);
    for (QSpinBox *s : {m_yearFrom, m_yearTo})
        connect(s, &QSpinBox::valueChanged, this, &LibraryPanel::applyFilter);
    connect(m_unverified, &QCheckBox::toggled, this, &LibraryPanel::applyFilter);
    connect(m_model, &LibraryModel::totalChanged, this, [this](int total) {
        m_count->setText(tr("%n report(s)", nullptr, total));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT reportActivated(m_model->reportId(current.row()));
    });
    connect(session, &LibrarySession::opened, this, &LibraryPanel::reloadChoices);
    connect(session, &LibrarySession::libraryChanged, this, &LibraryPanel::reloadChoices);
    reloadChoices();
}

void LibraryPanel::reloadChoices()
{
    const QString province = m_province->currentData().toString();
    m_province->blockSignals(true);
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    for (const QString &p : m_model->provinces())
        m_province->addItem(p, p);
    const int pi = m_province->findData(province);
    m_province->setCurrentIndex(pi < 0 ? 0 : pi);
    m_province->blockSignals(false);
    const QString city = m_city->currentData().toString();
    m_city->blockSignals(true);
    m_city->clear();
    m_city->addItem(tr("All cities"), QString());
    for (const QString &c : m_model->cities(m_province->currentData().toString()))
        m_city->addItem(c, c);
    const int ci = m_city->findData(city);
    m_city->setCurrentIndex(ci < 0 ? 0 : ci);
    m_city->blockSignals(false);
    m_count->setText(tr("%n report(s)", nullptr, m_model->totalCount()));
}

void LibraryPanel::applyFilter()
{
    LibraryFilter f;
    f.province = m_province->currentData().toString();
    f.city = m_city->currentData().toString();
    f.level = m_level->currentData().toString();
    f.yearFrom = m_yearFrom->value();
    f.yearTo = m_yearTo->value();
    f.search = m_search->text();
    f.unverifiedOnly = m_unverified->isChecked();
    m_model->setFilter(f);
}

qint64 LibraryPanel::currentReport() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->reportId(i.row()) : 0;
}

QList<qint64> LibraryPanel::selectedReports() const
{
    QList<qint64> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out << m_model->reportId(i.row());
    return out;
}

bool LibraryPanel::selectReport(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, LibraryModel::Region));
    m_view->scrollTo(m_model->index(row, LibraryModel::Region));
    return true;
}

void LibraryPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fz
