# __future__: every feature's record, the flags and the names.
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag == feature.compiler_flag)
print(__future__.__all__)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(sorted(n for n in dir(__future__) if n.startswith('CO_')))
