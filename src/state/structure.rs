//! The project's structure — units, tasks, forms of support, staff: add, edit, reorder, retire.
//! An item in use is archived, not deleted, so old records keep their meaning.

use crate::domain::dataset::Dataset;
use crate::domain::record::{Record, RecordKind};
use crate::domain::usage::{StructureItem, is_in_use};
use crate::state::errors::AppError;
use crate::state::records::{RecordsContext, StorageError};
use leptos::prelude::*;

/// What retiring did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetireOutcome {
    /// In use: kept, hidden from new choices.
    Archived,
    /// Unused: deleted (a tombstone).
    Deleted,
}

/// Up or down in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the top.
    Up,
    /// Towards the bottom.
    Down,
}

fn item_record(data: &Dataset, item: StructureItem) -> Option<Record> {
    match item {
        StructureItem::Unit(id) => data.units.iter().find(|u| u.id == id).cloned().map(Record::Unit),
        StructureItem::Task(id) => data.tasks.iter().find(|t| t.id == id).cloned().map(Record::Task),
        StructureItem::Form(id) => data.support_forms.iter().find(|f| f.id == id).cloned().map(Record::SupportForm),
        StructureItem::Staff(id) => data.staff.iter().find(|s| s.id == id).cloned().map(Record::Staff),
    }
}

/// (order, archived) of a structure record.
fn order_of(record: &Record) -> Option<(i32, bool)> {
    match record {
        Record::Unit(r) => Some((r.order, r.archived)),
        Record::Task(r) => Some((r.order, r.archived)),
        Record::SupportForm(r) => Some((r.order, r.archived)),
        Record::Staff(r) => Some((r.order, r.archived)),
        _ => None,
    }
}

fn set_order(record: &mut Record, order: i32) {
    match record {
        Record::Unit(r) => r.order = order,
        Record::Task(r) => r.order = order,
        Record::SupportForm(r) => r.order = order,
        Record::Staff(r) => r.order = order,
        _ => {}
    }
}

fn set_archived(record: &mut Record, archived: bool) {
    match record {
        Record::Unit(r) => r.archived = archived,
        Record::Task(r) => r.archived = archived,
        Record::SupportForm(r) => r.archived = archived,
        Record::Staff(r) => r.archived = archived,
        _ => {}
    }
}

/// The live, unarchived records of `kind`, in list order.
fn active(data: &Dataset, kind: RecordKind) -> Vec<Record> {
    let mut list: Vec<Record> = data
        .records()
        .into_iter()
        .filter(|r| r.kind() == kind && !r.meta().deleted && order_of(r).is_some_and(|(_, archived)| !archived))
        .collect();
    list.sort_by_key(|r| order_of(r).map_or(0, |(o, _)| o));
    list
}

/// The position after the last item of `kind`.
pub fn next_order(records: &RecordsContext, kind: RecordKind) -> i32 {
    records.data.with_untracked(|d| {
        d.records().iter().filter(|r| r.kind() == kind).filter_map(order_of).map(|(o, _)| o).max().map_or(0, |o| o + 1)
    })
}

/// Saves a new or edited structure record.
///
/// # Errors
/// Storage errors (nothing written then).
pub async fn save_item(records: RecordsContext, record: Record) -> Result<(), AppError> {
    records.save(vec![record], Vec::new()).await.map(|_| ())
}

/// Swaps an item with its neighbour (one transaction for both).
///
/// # Errors
/// Storage errors.
pub async fn move_item(
    records: RecordsContext,
    kind: RecordKind,
    id: uuid::Uuid,
    direction: Direction,
) -> Result<(), AppError> {
    let list = records.data.with_untracked(|d| active(d, kind));
    let Some(at) = list.iter().position(|r| r.uuid() == id) else { return Ok(()) };
    let other = match direction {
        Direction::Up if at > 0 => at - 1,
        Direction::Down if at + 1 < list.len() => at + 1,
        _ => return Ok(()),
    };
    let (mut a, mut b) = (list[at].clone(), list[other].clone());
    let (oa, ob) = (order_of(&a).map_or(0, |x| x.0), order_of(&b).map_or(0, |x| x.0));
    // Equal orders (e.g. from two laptops) still swap: the moved one goes past the other.
    let (na, nb) = if oa == ob {
        match direction {
            Direction::Up => (ob - 1, ob),
            Direction::Down => (ob + 1, ob),
        }
    } else {
        (ob, oa)
    };
    set_order(&mut a, na);
    set_order(&mut b, nb);
    records.save(vec![a, b], Vec::new()).await.map(|_| ())
}

/// Retires an item: archived when in use, deleted otherwise.
///
/// # Errors
/// Storage errors.
pub async fn retire(records: RecordsContext, item: StructureItem) -> Result<RetireOutcome, AppError> {
    let (record, in_use) = records.data.with_untracked(|d| (item_record(d, item), is_in_use(d, item)));
    let mut record = record.ok_or(AppError::Storage(StorageError::Unexpected("no such item".into())))?;
    if in_use {
        set_archived(&mut record, true);
        records.save(vec![record], Vec::new()).await?;
        Ok(RetireOutcome::Archived)
    } else {
        records.delete(record).await?;
        Ok(RetireOutcome::Deleted)
    }
}

/// Brings an archived item back into use.
///
/// # Errors
/// Storage errors.
pub async fn restore(records: RecordsContext, item: StructureItem) -> Result<(), AppError> {
    let mut record = records
        .data
        .with_untracked(|d| item_record(d, item))
        .ok_or(AppError::Storage(StorageError::Unexpected("no such item".into())))?;
    set_archived(&mut record, false);
    records.save(vec![record], Vec::new()).await.map(|_| ())
}
