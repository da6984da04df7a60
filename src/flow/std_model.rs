//! How calls into code outside the workspace (std and common crates) move data.
//!
//! The analysis cannot see their bodies, so each name is put in one class. Anything not listed is
//! treated as propagating: its result carries the receiver's and the arguments' data, which may
//! over-report but never loses a flow.

/// What an external method does with the data of its receiver and arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodClass {
    /// The result is the receiver itself, seen through a reference, a lock or a conversion.
    Identity,
    /// The result is (an element of) the receiver: accessors and iterator adapters.
    Element,
    /// The result says something about the value without carrying it (`len`, `is_empty`, `==`).
    Inspect,
    /// The arguments are stored into the receiver (`push`, `insert`, `extend`).
    Store,
    /// Unknown: the result carries receiver and arguments.
    Propagate,
}

pub fn method_class(name: &str) -> MethodClass {
    match name {
        "clone" | "to_owned" | "to_string" | "as_str" | "as_ref" | "as_mut" | "borrow"
        | "borrow_mut" | "lock" | "read" | "write" | "try_lock" | "try_read" | "try_write"
        | "unwrap" | "expect" | "unwrap_or_default" | "unwrap_unchecked" | "as_deref"
        | "as_deref_mut" | "deref" | "deref_mut" | "into" | "try_into" | "to_vec"
        | "into_owned" | "as_slice" | "as_bytes" | "into_bytes" | "to_lowercase"
        | "to_uppercase" | "to_ascii_lowercase" | "to_ascii_uppercase" | "trim" | "trim_start"
        | "trim_end" | "as_path" | "into_inner" | "get_mut" | "get_or_init" | "cloned"
        | "copied" | "by_ref" | "take" | "ok" | "err" | "unwrap_or" | "unwrap_or_else"
        | "ok_or" | "ok_or_else" | "context" | "with_context" | "map_err" | "await_result"
        | "into_boxed_str" | "into_string" | "as_os_str" | "display" | "to_str"
        | "to_string_lossy" | "load" | "get_ref" => MethodClass::Identity,
        "iter" | "iter_mut" | "into_iter" | "values" | "values_mut" | "keys" | "drain" | "get"
        | "first" | "last" | "pop" | "pop_front" | "pop_back" | "remove" | "swap_remove"
        | "next" | "next_back" | "peek" | "nth" | "front" | "back" | "split"
        | "split_whitespace" | "lines" | "chars" | "bytes" | "windows" | "chunks" | "rev"
        | "skip" | "step_by" | "enumerate" | "flatten" | "collect" | "entry" | "or_insert"
        | "or_insert_with" | "or_default" | "recv" | "try_recv" | "recv_timeout" | "join"
        | "concat" | "sorted" | "dedup" | "min" | "max" | "sum" | "product" | "last_mut"
        | "first_mut" | "get_key_value" | "into_values" | "into_keys" | "split_off"
        | "chunks_exact" | "peekable" | "fuse" | "cycle" | "skip_while" | "take_while" => {
            MethodClass::Element
        }
        "len" | "is_empty" | "is_some" | "is_none" | "is_ok" | "is_err" | "capacity" | "count"
        | "contains" | "contains_key" | "starts_with" | "ends_with" | "eq" | "ne" | "cmp"
        | "partial_cmp" | "lt" | "le" | "gt" | "ge" | "is_ascii" | "is_char_boundary"
        | "is_sorted" | "type_id" | "is_some_and" | "is_none_or" | "is_ok_and" | "is_err_and"
        | "any" | "all" | "position" | "is_alphabetic" | "is_numeric" | "is_ascii_digit"
        | "is_digit" | "is_whitespace" | "is_alphanumeric" | "is_finite" | "is_nan" => {
            MethodClass::Inspect
        }
        "push" | "push_str" | "push_back" | "push_front" | "insert" | "extend"
        | "extend_from_slice" | "append" | "set" | "send" | "try_send" | "write_all"
        | "write_str" | "write_fmt" | "replace_with" | "get_or_insert" | "get_or_insert_with"
        | "store" | "swap" | "send_replace" | "blocking_send" | "add" | "add_assign" | "update" => {
            MethodClass::Store
        }
        _ => MethodClass::Propagate,
    }
}

/// Methods that take closures whose parameters receive the receiver's elements.
pub fn passes_elements_to_closures(name: &str) -> bool {
    matches!(
        name,
        "map"
            | "filter"
            | "filter_map"
            | "flat_map"
            | "for_each"
            | "fold"
            | "try_fold"
            | "try_for_each"
            | "and_then"
            | "map_or"
            | "map_or_else"
            | "inspect"
            | "find"
            | "find_map"
            | "any"
            | "all"
            | "position"
            | "take_while"
            | "skip_while"
            | "scan"
            | "partition"
            | "reduce"
            | "max_by_key"
            | "min_by_key"
            | "sort_by_key"
            | "sort_by"
            | "retain"
            | "group_by"
            | "chunk_by"
            | "then"
            | "unwrap_or_else"
            | "or_else"
            | "map_err"
            | "is_some_and"
            | "is_ok_and"
            | "and_modify"
            | "or_insert_with"
            | "with"
            | "get_or_init"
            | "entry"
            | "update"
    )
}

/// Methods whose closure receives the receiver itself (`LOCAL.with(|cell| ..)`), not an element.
pub fn lends_receiver_to_closures(name: &str) -> bool {
    matches!(name, "with" | "with_borrow" | "with_borrow_mut" | "with_mut" | "map_mut")
}

/// Calls outside the workspace whose result is the argument itself (constructors and wrappers).
pub fn is_wrapping_call(last_segment: &str) -> bool {
    matches!(
        last_segment,
        "Some"
            | "Ok"
            | "Err"
            | "new"
            | "from"
            | "Box"
            | "Rc"
            | "Arc"
            | "Cell"
            | "RefCell"
            | "Mutex"
            | "RwLock"
            | "pin"
            | "from_utf8"
            | "from_utf8_lossy"
            | "into"
            | "to_owned"
            | "clone"
            | "identity"
            | "Cow"
            | "Borrowed"
            | "Owned"
            | "Wrapping"
            | "Reverse"
            | "OnceLock"
            | "LazyLock"
            | "spawn"
            | "block_on"
            | "spawn_blocking"
            | "ready"
            | "join"
    )
}

/// Constructors of channels: the pair's two ends share what is sent.
pub fn creates_channel(last_segment: &str) -> bool {
    matches!(
        last_segment,
        "channel" | "sync_channel" | "unbounded" | "bounded" | "oneshot" | "broadcast" | "watch"
    )
}

/// Types whose `new` creates storage that every clone shares.
pub fn is_shared_owner(type_name: &str) -> bool {
    matches!(
        type_name,
        "Rc" | "Arc"
            | "RefCell"
            | "Mutex"
            | "RwLock"
            | "Cell"
            | "OnceCell"
            | "OnceLock"
            | "AtomicPtr"
    )
}

/// Serializers and formatters: they read every field of a struct they are given.
pub fn serializes_whole_value(last_segment: &str) -> bool {
    matches!(
        last_segment,
        "to_string"
            | "to_string_pretty"
            | "to_vec"
            | "to_vec_pretty"
            | "to_value"
            | "to_writer"
            | "to_writer_pretty"
            | "serialize"
            | "encode"
            | "to_json"
            | "to_bytes"
            | "to_allocvec"
    )
}
