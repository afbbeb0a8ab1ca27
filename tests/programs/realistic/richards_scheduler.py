# A Richards-style cooperative task scheduler with packets, queues and task states.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue

class Task:
    def __init__(self, scheduler, ident, priority, queue, fn, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.fn = fn
        self.state = state
        self.held = False
        self.waiting = queue is None
        scheduler.tasks[ident] = self
    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)
    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = False
        return packet
    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False

class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.hold_count = 0
        self.queue_count = 0
        self.trace = []
    def run(self, limit):
        steps = 0
        while steps < limit:
            ready = [t for t in self.tasks.values() if t.runnable()]
            if not ready:
                break
            task = max(ready, key=lambda t: (t.priority, -t.ident))
            packet = task.take_packet()
            task.fn(self, task, packet)
            steps += 1
            if len(self.trace) < 30:
                self.trace.append(task.ident)
        return steps
    def send(self, packet, dest):
        self.queue_count += 1
        packet.link = None
        self.tasks[dest].receive(packet)
    def hold(self, task):
        self.hold_count += 1
        task.held = True

def idle_fn(sched, task, packet):
    task.state["count"] -= 1
    if task.state["count"] == 0:
        task.held = True
        return
    control = task.state["control"]
    if control & 1 == 0:
        task.state["control"] = control >> 1
        sched.tasks[DEVICE_A].held = False
    else:
        task.state["control"] = (control >> 1) ^ 0xD008
        sched.tasks[DEVICE_B].held = False

def worker_fn(sched, task, packet):
    if packet is None:
        task.waiting = True
        return
    dest = HANDLER_B if task.state["dest"] == HANDLER_A else HANDLER_A
    task.state["dest"] = dest
    packet.ident = dest
    packet.datum = 0
    for i in range(4):
        task.state["count"] = task.state["count"] % 26 + 1
        packet.data[i] = task.state["count"]
    sched.send(packet, dest)

def handler_fn(sched, task, packet):
    if packet is not None:
        if packet.kind == KIND_WORK:
            task.state["work"].append(packet)
        else:
            task.state["devices"].append(packet)
    work, devices = task.state["work"], task.state["devices"]
    if work:
        work_packet = work[0]
        if work_packet.datum >= 4:
            work.pop(0)
            sched.send(work_packet, WORKER)
        elif devices:
            dev = devices.pop(0)
            dev.datum = work_packet.data[work_packet.datum]
            work_packet.datum += 1
            sched.send(dev, dev.ident)
            return
    task.waiting = True

def device_fn(sched, task, packet):
    if packet is None:
        pending = task.state.get("pending")
        if pending is None:
            task.waiting = True
            return
        task.state["pending"] = None
        task.state["output"].append(pending.datum)
        sched.send(pending, HANDLER_A if task.ident == DEVICE_A else HANDLER_B)
    else:
        task.state["pending"] = packet
        sched.hold(task)

def build():
    sched = Scheduler()
    Task(sched, IDLE, 0, None, idle_fn, {"count": 200, "control": 1}).waiting = False
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    Task(sched, WORKER, 1000, work, worker_fn, {"dest": HANDLER_A, "count": 0})
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        Task(sched, handler, 2000 + handler, queue, handler_fn, {"work": [], "devices": []})
    for device in (DEVICE_A, DEVICE_B):
        Task(sched, device, 4000 + device, None, device_fn, {"pending": None, "output": []})
    return sched

def main():
    sched = build()
    steps = sched.run(5000)
    print("steps", steps)
    print("queue_count", sched.queue_count, "hold_count", sched.hold_count)
    print("trace", sched.trace)
    for device in (DEVICE_A, DEVICE_B):
        out = sched.tasks[device].state["output"]
        print("device", device, len(out), out[:12], sum(out))
    print("idle count", sched.tasks[IDLE].state["count"], hex(sched.tasks[IDLE].state["control"]))

main()
