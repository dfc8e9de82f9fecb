print("bom ok")
# coding: utf-8
