// RowsModel, the list model behind answer options, the review, past forms and the progress
// table: checked by QAbstractItemModelTester, and updated in place when only values change.
#include "RowsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dit;

class TestRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behavesAsAListModel()
    {
        QObject owner;
        RowsModel model({QStringLiteral("code"), QStringLiteral("selected")}, &owner);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &RowsModel::countChanged);

        model.setRows({{{"code", "a"}, {"selected", false}}, {{"code", "b"}, {"selected", false}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(count.count(), 1);
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("code"));
        QCOMPARE(roles.value(Qt::UserRole + 2), QByteArray("selected"));
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 1).toString(), QStringLiteral("b"));
        QVERIFY(!model.data(model.index(1), Qt::DisplayRole).isValid());

        // Same count, one value changed: updated in place, no reset (delegates keep focus).
        model.setRows({{{"code", "a"}, {"selected", true}}, {{"code", "b"}, {"selected", false}}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("selected")).toBool(), true);
        // Nothing changed: no signal at all.
        model.setRows(model.rows());
        QCOMPARE(changed.count(), 1);
        model.setRows({});
        QCOMPARE(model.count(), 0);
        QCOMPARE(reset.count(), 2);
        QVERIFY(model.get(5).isEmpty());
    }
};

QTEST_MAIN(TestRowsModel)
#include "tst_rowsmodel.moc"
