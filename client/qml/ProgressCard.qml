// Tiến độ chỉ tiêu: one bar per target of the unit, or a note ("Đang tính…" while the figures are being
// computed, or while the plan is not on the tablet). Only a target judged at this unit gets a bar and
// Đạt / Chưa đạt; elsewhere the unit's share, or "chưa có số liệu".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Card {
    id: card
    property var bars: []
    property string note
    // A unit with branches: a way to the branches' figures (BranchProgressPage).
    property bool showBranches: false
    signal branchesRequested()
    objectName: "progressCard"
    ColumnLayout {
        width: parent.width
        spacing: 12
        Label { text: qsTr("Target progress"); font.pixelSize: Theme.heading; font.weight: Font.Medium }
        Repeater {
            model: card.bars
            delegate: ColumnLayout {
                required property var modelData
                required property int index
                objectName: "progressRow_" + index
                Layout.fillWidth: true
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: modelData.title; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    StatusChip {
                        objectName: "progressChip"
                        visible: modelData.judged
                        text: modelData.met ? qsTr("Met") : qsTr("Not yet met")
                        tint: modelData.met ? Theme.sent : Theme.pending
                    }
                }
                // A thick bar in the state's colour: pale thin bars vanish on a cheap screen in daylight.
                Rectangle {
                    visible: modelData.fraction >= 0
                    Layout.fillWidth: true
                    implicitHeight: 12
                    radius: 6
                    color: "#E0E0E0"
                    Rectangle {
                        width: parent.width * Math.max(0, modelData.fraction)
                        height: parent.height
                        radius: parent.radius
                        color: modelData.met ? Theme.sent : Theme.pending
                    }
                }
                Label {
                    objectName: "progressValue"
                    text: modelData.valueText
                    color: Theme.text
                    font.pixelSize: Theme.small
                    font.weight: Font.Medium
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            objectName: "progressNote"
            text: card.note
            visible: text.length > 0
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "branchesButton"
            visible: card.showBranches
            flat: true
            text: qsTr("Branches' progress, by year or quarter") + "  ›"
            onClicked: card.branchesRequested()
        }
    }
}
