// A household as a case: "Thăm hộ này" (visit this household) and its visits over time, each with the
// criteria it met and the ones still missing.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Card {
    id: card
    required property AppController app
    property var shell: null
    property string householdId
    objectName: "householdCase"

    HouseholdCases { id: cases; manager: card.app.manager; householdId: card.householdId }

    ColumnLayout {
        width: parent.width
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Visits")
                font.pixelSize: Theme.heading; font.weight: Font.Medium
                Layout.fillWidth: true
            }
            Button {
                objectName: "visitHousehold"
                text: qsTr("Visit this household")
                highlighted: true
                implicitHeight: Theme.touch + 4
                onClicked: if (card.shell) card.shell.openEditor("household_visit", "", { householdId: card.householdId })
            }
        }
        // Its status at the start of the year, if it was skipped when the household was registered.
        Button {
            objectName: "recordStartOfYear"
            visible: !cases.hasStartOfYear
            text: qsTr("Record the start-of-year status")
            flat: true
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onClicked: if (card.shell) card.shell.openEditor("household_visit", "", { householdId: card.householdId, startOfYear: true })
        }
        Label {
            visible: cases.visits.length === 0
            text: qsTr("Not visited yet.")
            color: Theme.muted
            font.pixelSize: Theme.small
        }
        Repeater {
            model: cases.visits
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "visit_" + index
                Layout.fillWidth: true
                onClicked: if (card.shell) card.shell.openDetail(modelData.recordId)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        objectName: "startOfYearLabel"
                        visible: modelData.startOfYear
                        text: qsTr("Start-of-year status")
                        color: Theme.primary
                        font.pixelSize: Theme.small; font.weight: Font.Medium
                    }
                    RowLayout {
                        Label { text: modelData.dateText; font.pixelSize: Theme.body; Layout.fillWidth: true }
                        StatusChip {
                            text: qsTr("%1/8 criteria").arg(modelData.criteriaMet)
                            tint: modelData.criteriaMet === 8 ? Theme.sent : Theme.pending
                        }
                    }
                    Label {
                        visible: modelData.missing.length > 0
                        text: qsTr("Not yet met: %1").arg(modelData.missing)
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
