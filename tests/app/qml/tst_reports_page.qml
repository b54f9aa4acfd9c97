import QtQuick
import QtTest
import SoHoi
import SoHoi.Models

// The reports page hands the unit, year, quarter, format and folder to its exporter (the test runner's,
// exporting through a fake server into a temporary folder), shows progress while it runs, then where the
// file was saved, or the server's words when it refuses.
Item {
    id: root
    width: 1366; height: 768

    TestCase {
        name: "ReportsPage"
        when: windowShown

        Component {
            id: pageComponent
            ReportsPage { app: demoApp; exporter: sampleReportExporter; width: root.width; height: root.height }
        }

        function test_the_page_offers_the_unit_the_year_five_periods_and_three_formats() {
            const page = createTemporaryObject(pageComponent, root)
            const units = findChild(page, "unitPicker")
            compare(units.count, sampleReportExporter.units.length)
            verify(units.count > 0)
            compare(units.currentIndex, 0)  // the account's own unit comes first
            compare(units.displayText, sampleReportExporter.units[0].name)
            compare(sampleReportExporter.unitId, sampleReportExporter.units[0].id)
            compare(findChild(page, "yearField").value, sampleReportExporter.year)
            compare(findChild(page, "quarterPicker").count, 5)
            for (const name of ["pdf", "progress_csv", "records_csv"])
                verify(findChild(page, "format_" + name), name)
            compare(findChild(page, "folderField").text, sampleReportExporter.folder)
        }

        function test_choices_on_the_page_reach_the_exporter() {
            const page = createTemporaryObject(pageComponent, root)
            mouseClick(findChild(page, "format_records_csv"))
            compare(sampleReportExporter.format, "records_csv")
            verify(findChild(page, "format_records_csv").checked)
            verify(!findChild(page, "format_pdf").checked)
            const quarter = findChild(page, "quarterPicker")
            quarter.currentIndex = 2
            quarter.activated(2)
            compare(sampleReportExporter.quarter, 2)
            mouseClick(findChild(page, "format_pdf"))
            quarter.currentIndex = 0
            quarter.activated(0)
            compare(sampleReportExporter.quarter, 0)
        }

        function test_an_export_shows_where_the_file_was_saved() {
            const page = createTemporaryObject(pageComponent, root)
            const button = findChild(page, "exportButton")
            verify(button.enabled)
            mouseClick(button)
            tryVerify(() => !sampleReportExporter.busy)
            verify(button.enabled)
            compare(sampleReportExporter.error, "")
            compare(sampleReportExporter.progress, 1)
            verify(findChild(page, "savedRow").visible)
            verify(findChild(page, "savedPath").text.indexOf("tien-do-") >= 0)
            verify(findChild(page, "savedPath").text.indexOf(sampleReportExporter.folder) >= 0)
            verify(findChild(page, "openFolderButton").visible)
            verify(!findChild(page, "exportError").visible)
            verify(!findChild(page, "exportProgress").visible)
        }

        function test_an_empty_folder_is_refused_with_words() {
            const page = createTemporaryObject(pageComponent, root)
            const folder = sampleReportExporter.folder
            const field = findChild(page, "folderField")
            field.text = ""
            field.editingFinished()
            compare(sampleReportExporter.folder, "")
            mouseClick(findChild(page, "exportButton"))
            verify(findChild(page, "exportError").visible)
            verify(!findChild(page, "savedRow").visible)
            sampleReportExporter.folder = folder
        }
    }
}
