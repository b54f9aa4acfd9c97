import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The dashboard on a province of three districts (tests/app/dashboard_fixture.h), at a desktop's size.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "DashboardPage"
        when: windowShown

        Component { id: dashboardComponent; DashboardPage { app: demoApp; model: dashboardModel; width: 1366; height: 768 } }

        function test_groups_chart_and_drill_down() {
            const page = createTemporaryObject(dashboardComponent, root)
            verify(page)
            dashboardModel.refresh()
            tryCompare(dashboardModel, "loading", false)
            compare(findChild(page, "indicatorList").count, 3)
            compare(dashboardModel.groupCount, 2)
            verify(findChild(page, "updatedAt").text.length > 0)
            const series = findChild(page, "childChart").series(0)
            const bars = series.at(0)
            compare(bars.count, 3)  // one bar per district
            compare(findChild(page, "unitsBehind").count, 2)

            series.clicked(0, bars)  // the first district's bar
            tryCompare(dashboardModel, "unitName", "TP Thái Nguyên")
            tryCompare(dashboardModel, "loading", false)
            compare(bars.count, 2)  // its two communes
            compare(findChild(page, "breadcrumb").count, 2)

            const top = findChild(page, "breadcrumb").itemAt(0)
            mouseClick(top)
            tryCompare(dashboardModel, "unitName", "Tỉnh Thái Nguyên")
            tryCompare(dashboardModel, "loading", false)
            compare(bars.count, 3)
        }
    }
}
