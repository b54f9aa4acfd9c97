// A month calendar to pick a date field's day (typing dd/mm/yyyy works too). Weekday names and the first
// day of the week follow the app's language.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Dialog {
    id: dialog
    required property RecordEditor editor
    required property string fieldName
    property int year: 2021
    property int month: 0   // 0-11, as MonthGrid counts
    property int day: 1
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 420)
    modal: true
    // Named here, not by Qt's standard buttons, which stay English in a Vietnamese app.
    footer: DialogButtonBox {
        Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }

    onAboutToShow: {
        const parts = editor.dateParts(fieldName)
        year = parts.year; month = parts.month - 1; day = parts.day
    }
    function shift(months) {
        const m = month + months
        year += Math.floor(m / 12)
        month = ((m % 12) + 12) % 12
    }

    ColumnLayout {
        anchors.fill: parent
        RowLayout {
            Layout.fillWidth: true
            ToolButton { text: "‹"; font.pixelSize: Theme.title; onClicked: dialog.shift(-1); Accessible.name: qsTr("Previous month") }
            Label {
                text: qsTr("Month %1/%2").arg(dialog.month + 1).arg(dialog.year)
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.heading
                Layout.fillWidth: true
            }
            ToolButton { text: "›"; font.pixelSize: Theme.title; onClicked: dialog.shift(1); Accessible.name: qsTr("Next month") }
        }
        DayOfWeekRow { locale: grid.locale; Layout.fillWidth: true }
        MonthGrid {
            id: grid
            objectName: "monthGrid"
            Layout.fillWidth: true
            Layout.preferredHeight: 6 * 44  // six weeks of touch-sized days
            month: dialog.month
            year: dialog.year
            locale: Qt.locale()
            delegate: Label {
                required property var model
                text: model.day
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === grid.month ? 1 : 0.35
                font.bold: model.today
                color: model.month === grid.month && model.day === dialog.day && model.month === dialog.month
                       ? "white" : palette.text
                background: Rectangle {
                    visible: model.month === grid.month && model.day === dialog.day
                    radius: height / 2
                    color: Theme.primary
                }
            }
            onClicked: (date) => {
                dialog.editor.setDate(dialog.fieldName, date.getFullYear(), date.getMonth() + 1, date.getDate())
                dialog.close()
            }
        }
        Button {
            text: qsTr("Today")
            flat: true
            onClicked: {
                const now = new Date()
                dialog.editor.setDate(dialog.fieldName, now.getFullYear(), now.getMonth() + 1, now.getDate())
                dialog.close()
            }
        }
    }
}
