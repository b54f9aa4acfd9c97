// The queue's filters in one row: status, commune unit, branch, kind, date range, then the search field
// the page puts at the end. Every control writes straight to the queue model.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoHoi.Models

Pane {
    id: bar
    required property ReviewQueueModel queue
    default property alias extra: row.data
    padding: 8
    background: Rectangle { color: "#FAFAFA"; border.color: Theme.cardBorder }

    function parseDay(text) {
        if (text.trim().length === 0) return new Date(NaN)
        return Date.fromLocaleString(Qt.locale(), text.trim(), "dd/MM/yyyy")
    }

    Flow {
        id: row
        width: bar.availableWidth
        spacing: 8
        ComboBox {
            objectName: "statusFilter"
            width: 190
            model: bar.queue.statuses
            textRole: "label"
            valueRole: "name"
            Component.onCompleted: currentIndex = indexOfValue(bar.queue.status)
            onActivated: bar.queue.status = currentValue
        }
        ComboBox {
            objectName: "communeFilter"
            width: 220
            model: [{ id: "", name: qsTr("All commune units") }].concat(bar.queue.communes)
            textRole: "name"
            valueRole: "id"
            onActivated: bar.queue.communeId = currentValue
        }
        ComboBox {
            objectName: "branchFilter"
            width: 200
            enabled: bar.queue.communeId.length > 0
            model: [{ id: "", name: qsTr("All branches") }].concat(bar.queue.branches)
            textRole: "name"
            valueRole: "id"
            onActivated: bar.queue.branchId = currentValue
        }
        ComboBox {
            objectName: "kindFilter"
            width: 200
            model: [{ name: "", label: qsTr("All kinds") }].concat(bar.queue.kinds)
            textRole: "label"
            valueRole: "name"
            onActivated: bar.queue.kind = currentValue
        }
        TextField {
            objectName: "dateFromFilter"
            width: 150
            placeholderText: qsTr("From dd/mm/yyyy")
            onEditingFinished: bar.queue.dateFrom = bar.parseDay(text)
        }
        TextField {
            objectName: "dateToFilter"
            width: 150
            placeholderText: qsTr("To dd/mm/yyyy")
            onEditingFinished: bar.queue.dateTo = bar.parseDay(text)
        }
    }
}
