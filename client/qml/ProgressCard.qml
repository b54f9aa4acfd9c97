// Tiến độ chỉ tiêu: one bar per target of the unit, or a note while the plan is not on the tablet.
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
        spacing: 10
        Label { text: qsTr("Target progress"); font.pixelSize: 18; font.weight: Font.Medium }
        Repeater {
            model: card.bars
            delegate: ColumnLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: modelData.title; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    StatusChip {
                        visible: modelData.hasTarget
                        text: modelData.met ? qsTr("Met") : qsTr("Not yet met")
                        tint: modelData.met ? Theme.sent : Theme.pending
                    }
                }
                ProgressBar { visible: modelData.fraction >= 0; value: modelData.fraction; Layout.fillWidth: true }
                Label { text: modelData.valueText; color: Theme.muted; font.pixelSize: 13 }
            }
        }
        Label {
            text: card.note
            visible: text.length > 0
            color: Theme.muted
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
