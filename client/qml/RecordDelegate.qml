// One row of a record list: title, subtitle, date and the record's state (Chờ gửi / Đã gửi / Bị từ chối /
// Bị trả lại: a return by the district shows red, never as a green "sent"),
// and "đạt 8 tiêu chí" for a household whose latest visit met all eight.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property string recordId
    required property string title
    required property string subtitle
    required property string dateText
    required property bool pending
    required property bool rejected
    required property bool returned
    required property int criteriaMet
    required property string statusText
    required property int index
    property bool showsCriteria: false
    readonly property bool narrow: width < 520
    height: Math.max(72, content.implicitHeight + 16)

    contentItem: RowLayout {
        id: content
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label { text: row.title; font.pixelSize: Theme.body; elide: Text.ElideRight; Layout.fillWidth: true }
            Label {
                text: row.narrow && row.dateText.length > 0
                      ? (row.subtitle.length > 0 ? row.dateText + " · " + row.subtitle : row.dateText)
                      : row.subtitle
                visible: text.length > 0
                color: Theme.muted; font.pixelSize: Theme.small
                elide: Text.ElideRight; Layout.fillWidth: true
            }
        }
        StatusChip {
            visible: row.showsCriteria && row.criteriaMet === 8
            text: row.narrow ? "8/8" : qsTr("meets all 8 criteria")
            tint: Theme.sent
        }
        Label { text: row.dateText; color: Theme.muted; visible: text.length > 0 && !row.narrow }
        StatusChip {
            objectName: "stateChip"
            text: row.statusText
            tint: row.rejected || row.returned ? Theme.rejected : row.pending ? Theme.pending : Theme.sent
        }
    }
}
