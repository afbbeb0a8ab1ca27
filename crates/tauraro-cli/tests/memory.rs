//! Memory stays bounded when a program keeps making reference cycles: the cycle collector
//! frees them. (A bound on peak memory, not a timing: the numbers are deterministic enough.)

use std::process::Command;

/// Peak resident memory, in KiB, of the children this test process has waited for.
fn children_peak_rss_kib() -> i64 {
    // SAFETY: `getrusage` only writes the `rusage` it is given, which is zero-initialised
    // plain data.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        assert_eq!(libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage), 0);
        usage.ru_maxrss
    }
}

#[test]
fn cyclic_garbage_is_collected() {
    // 400k pairs of objects that point at each other through a list, and 400k lists that
    // contain themselves; kept alive without a collector they would need well over 300 MB.
    let program = r#"
class Node:
    def __init__(self, index):
        self.index = index
        self.peers = []

total = 0
for i in range(400_000):
    a = Node(i)
    b = Node(i + 1)
    a.peers.append(b)
    b.peers.append(a)
    total += a.peers[0].peers[0].index
    loop = [i]
    loop.append(loop)
    total += loop[1][1][0]
print(total)
"#;
    let output = Command::new(env!("CARGO_BIN_EXE_tauraro"))
        .args(["-c", program])
        .output()
        .expect("tauraro runs");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "159999600000"
    );
    let peak = children_peak_rss_kib();
    assert!(peak < 100 * 1024, "peak RSS {peak} KiB");
}
