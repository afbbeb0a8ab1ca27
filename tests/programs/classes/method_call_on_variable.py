# Method calls on a variable (the call reads the receiver from the variable's register):
# instances, builtin values, classes, modules, unbound variables, arguments that rebind
# the variable, results stored back into the variable, and errors raised inside.


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self

    def value(self):
        return self.count

    @staticmethod
    def make():
        return Counter()

    @classmethod
    def name(cls):
        return cls.__name__


def use_instance():
    c = Counter()
    c.bump()
    c.bump(5)
    c = c.bump(2)
    return c.value(), c.make().value(), c.name()


def use_builtins():
    items = []
    items.append(3)
    items.append(1)
    items.extend([2, 0])
    items.sort()
    text = "a,b"
    parts = text.split(",")
    mapping = {}
    mapping.setdefault("k", []).append(1)
    return items, items.pop(), items.pop(0), parts, mapping, text.upper()


def use_class_and_module():
    import math
    klass = Counter
    return klass.make().bump(3).value(), math.floor(2.5), klass.name()


def rebinding_argument():
    x = [1]
    y = x.append((x := [9]) and 2)
    return x, y


def unbound(flag):
    if flag:
        items = [1]
    return items.copy()


def raising():
    items = []
    return items.pop()


def shadow(self_like):
    self_like.value = lambda: "instance attribute"
    return self_like.value()


print(use_instance())
print(use_builtins())
print(use_class_and_module())
print(rebinding_argument())
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error)
try:
    raising()
except IndexError as error:
    print("IndexError:", error)
print(shadow(Counter()))
c = Counter()
for i in range(3):
    c.bump(i)
print(c.value())


none = None
try:
    none.missing()
except AttributeError as error:
    print("AttributeError:", error)


def many_registers_and_names():
    # More than 256 locals and names: receivers and names past the first 256 take the
    # general call.
    v0 = Counter()
    v1 = Counter()
    v2 = Counter()
    v3 = Counter()
    v4 = Counter()
    v5 = Counter()
    v6 = Counter()
    v7 = Counter()
    v8 = Counter()
    v9 = Counter()
    v10 = Counter()
    v11 = Counter()
    v12 = Counter()
    v13 = Counter()
    v14 = Counter()
    v15 = Counter()
    v16 = Counter()
    v17 = Counter()
    v18 = Counter()
    v19 = Counter()
    v20 = Counter()
    v21 = Counter()
    v22 = Counter()
    v23 = Counter()
    v24 = Counter()
    v25 = Counter()
    v26 = Counter()
    v27 = Counter()
    v28 = Counter()
    v29 = Counter()
    v30 = Counter()
    v31 = Counter()
    v32 = Counter()
    v33 = Counter()
    v34 = Counter()
    v35 = Counter()
    v36 = Counter()
    v37 = Counter()
    v38 = Counter()
    v39 = Counter()
    v40 = Counter()
    v41 = Counter()
    v42 = Counter()
    v43 = Counter()
    v44 = Counter()
    v45 = Counter()
    v46 = Counter()
    v47 = Counter()
    v48 = Counter()
    v49 = Counter()
    v50 = Counter()
    v51 = Counter()
    v52 = Counter()
    v53 = Counter()
    v54 = Counter()
    v55 = Counter()
    v56 = Counter()
    v57 = Counter()
    v58 = Counter()
    v59 = Counter()
    v60 = Counter()
    v61 = Counter()
    v62 = Counter()
    v63 = Counter()
    v64 = Counter()
    v65 = Counter()
    v66 = Counter()
    v67 = Counter()
    v68 = Counter()
    v69 = Counter()
    v70 = Counter()
    v71 = Counter()
    v72 = Counter()
    v73 = Counter()
    v74 = Counter()
    v75 = Counter()
    v76 = Counter()
    v77 = Counter()
    v78 = Counter()
    v79 = Counter()
    v80 = Counter()
    v81 = Counter()
    v82 = Counter()
    v83 = Counter()
    v84 = Counter()
    v85 = Counter()
    v86 = Counter()
    v87 = Counter()
    v88 = Counter()
    v89 = Counter()
    v90 = Counter()
    v91 = Counter()
    v92 = Counter()
    v93 = Counter()
    v94 = Counter()
    v95 = Counter()
    v96 = Counter()
    v97 = Counter()
    v98 = Counter()
    v99 = Counter()
    v100 = Counter()
    v101 = Counter()
    v102 = Counter()
    v103 = Counter()
    v104 = Counter()
    v105 = Counter()
    v106 = Counter()
    v107 = Counter()
    v108 = Counter()
    v109 = Counter()
    v110 = Counter()
    v111 = Counter()
    v112 = Counter()
    v113 = Counter()
    v114 = Counter()
    v115 = Counter()
    v116 = Counter()
    v117 = Counter()
    v118 = Counter()
    v119 = Counter()
    v120 = Counter()
    v121 = Counter()
    v122 = Counter()
    v123 = Counter()
    v124 = Counter()
    v125 = Counter()
    v126 = Counter()
    v127 = Counter()
    v128 = Counter()
    v129 = Counter()
    v130 = Counter()
    v131 = Counter()
    v132 = Counter()
    v133 = Counter()
    v134 = Counter()
    v135 = Counter()
    v136 = Counter()
    v137 = Counter()
    v138 = Counter()
    v139 = Counter()
    v140 = Counter()
    v141 = Counter()
    v142 = Counter()
    v143 = Counter()
    v144 = Counter()
    v145 = Counter()
    v146 = Counter()
    v147 = Counter()
    v148 = Counter()
    v149 = Counter()
    v150 = Counter()
    v151 = Counter()
    v152 = Counter()
    v153 = Counter()
    v154 = Counter()
    v155 = Counter()
    v156 = Counter()
    v157 = Counter()
    v158 = Counter()
    v159 = Counter()
    v160 = Counter()
    v161 = Counter()
    v162 = Counter()
    v163 = Counter()
    v164 = Counter()
    v165 = Counter()
    v166 = Counter()
    v167 = Counter()
    v168 = Counter()
    v169 = Counter()
    v170 = Counter()
    v171 = Counter()
    v172 = Counter()
    v173 = Counter()
    v174 = Counter()
    v175 = Counter()
    v176 = Counter()
    v177 = Counter()
    v178 = Counter()
    v179 = Counter()
    v180 = Counter()
    v181 = Counter()
    v182 = Counter()
    v183 = Counter()
    v184 = Counter()
    v185 = Counter()
    v186 = Counter()
    v187 = Counter()
    v188 = Counter()
    v189 = Counter()
    v190 = Counter()
    v191 = Counter()
    v192 = Counter()
    v193 = Counter()
    v194 = Counter()
    v195 = Counter()
    v196 = Counter()
    v197 = Counter()
    v198 = Counter()
    v199 = Counter()
    v200 = Counter()
    v201 = Counter()
    v202 = Counter()
    v203 = Counter()
    v204 = Counter()
    v205 = Counter()
    v206 = Counter()
    v207 = Counter()
    v208 = Counter()
    v209 = Counter()
    v210 = Counter()
    v211 = Counter()
    v212 = Counter()
    v213 = Counter()
    v214 = Counter()
    v215 = Counter()
    v216 = Counter()
    v217 = Counter()
    v218 = Counter()
    v219 = Counter()
    v220 = Counter()
    v221 = Counter()
    v222 = Counter()
    v223 = Counter()
    v224 = Counter()
    v225 = Counter()
    v226 = Counter()
    v227 = Counter()
    v228 = Counter()
    v229 = Counter()
    v230 = Counter()
    v231 = Counter()
    v232 = Counter()
    v233 = Counter()
    v234 = Counter()
    v235 = Counter()
    v236 = Counter()
    v237 = Counter()
    v238 = Counter()
    v239 = Counter()
    v240 = Counter()
    v241 = Counter()
    v242 = Counter()
    v243 = Counter()
    v244 = Counter()
    v245 = Counter()
    v246 = Counter()
    v247 = Counter()
    v248 = Counter()
    v249 = Counter()
    v250 = Counter()
    v251 = Counter()
    v252 = Counter()
    v253 = Counter()
    v254 = Counter()
    v255 = Counter()
    v256 = Counter()
    v257 = Counter()
    v258 = Counter()
    v259 = Counter()
    v260 = Counter()
    v261 = Counter()
    v262 = Counter()
    v263 = Counter()
    v264 = Counter()
    v265 = Counter()
    v266 = Counter()
    v267 = Counter()
    v268 = Counter()
    v269 = Counter()
    v270 = Counter()
    v271 = Counter()
    v272 = Counter()
    v273 = Counter()
    v274 = Counter()
    v275 = Counter()
    v276 = Counter()
    v277 = Counter()
    v278 = Counter()
    v279 = Counter()
    v280 = Counter()
    v281 = Counter()
    v282 = Counter()
    v283 = Counter()
    v284 = Counter()
    v285 = Counter()
    v286 = Counter()
    v287 = Counter()
    v288 = Counter()
    v289 = Counter()
    v290 = Counter()
    v291 = Counter()
    v292 = Counter()
    v293 = Counter()
    v294 = Counter()
    v295 = Counter()
    v296 = Counter()
    v297 = Counter()
    v298 = Counter()
    v299 = Counter()
    v0.attr0 = 0
    v7.attr7 = 7
    v14.attr14 = 14
    v21.attr21 = 21
    v28.attr28 = 28
    v35.attr35 = 35
    v42.attr42 = 42
    v49.attr49 = 49
    v56.attr56 = 56
    v63.attr63 = 63
    v70.attr70 = 70
    v77.attr77 = 77
    v84.attr84 = 84
    v91.attr91 = 91
    v98.attr98 = 98
    v105.attr105 = 105
    v112.attr112 = 112
    v119.attr119 = 119
    v126.attr126 = 126
    v133.attr133 = 133
    v140.attr140 = 140
    v147.attr147 = 147
    v154.attr154 = 154
    v161.attr161 = 161
    v168.attr168 = 168
    v175.attr175 = 175
    v182.attr182 = 182
    v189.attr189 = 189
    v196.attr196 = 196
    v203.attr203 = 203
    v210.attr210 = 210
    v217.attr217 = 217
    v224.attr224 = 224
    v231.attr231 = 231
    v238.attr238 = 238
    v245.attr245 = 245
    v252.attr252 = 252
    v259.attr259 = 259
    v266.attr266 = 266
    v273.attr273 = 273
    v280.attr280 = 280
    v287.attr287 = 287
    v294.attr294 = 294
    v299.bump(4)
    v0.bump(1)
    return v0.value() + v299.value() + v294.attr294


print(many_registers_and_names())
